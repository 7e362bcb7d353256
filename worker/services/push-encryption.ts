import { base64UrlDecode, concatBytes } from './push-encoding.ts';

/** RFC 8188 record size announced in the header; one record carries the whole (small) payload. */
const RECORD_SIZE = 4096;
const encoder = new TextEncoder();
const bytesOf = (text: string) => new Uint8Array(encoder.encode(text));

async function hkdf(salt: Uint8Array<ArrayBuffer>, ikm: Uint8Array<ArrayBuffer>, info: Uint8Array<ArrayBuffer>, bytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const key = await crypto.subtle.importKey('raw', ikm, 'HKDF', false, ['deriveBits']);
  return new Uint8Array(await crypto.subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt, info }, key, bytes * 8));
}

/** Workers' types name the peer key `$public` (a reserved word); the runtime reads `public`, as WebCrypto specifies. */
function ecdhWith(peer: CryptoKey): SubtleCryptoDeriveKeyAlgorithm {
  return { name: 'ECDH', public: peer } as unknown as SubtleCryptoDeriveKeyAlgorithm;
}

export type EncryptionInputs = {
  /** The subscription's keys: the browser's P-256 public key and its 16-byte auth secret (base64url). */
  p256dh: string;
  auth: string;
  /** Fixed in tests to check against the RFC's example; fresh for every message otherwise. */
  salt?: Uint8Array<ArrayBuffer>;
  senderKeys?: CryptoKeyPair;
};

/**
 * Message encryption for Web Push (RFC 8291) in the aes128gcm content coding (RFC 8188): an
 * ephemeral ECDH key agreed with the browser's key, mixed with its auth secret, gives the content
 * key and nonce; the body is salt | record size | key id (our ephemeral public key) | ciphertext.
 */
export async function encryptPushPayload(payload: Uint8Array<ArrayBuffer>, inputs: EncryptionInputs): Promise<Uint8Array<ArrayBuffer>> {
  const uaPublic = base64UrlDecode(inputs.p256dh);
  const authSecret = base64UrlDecode(inputs.auth);
  const salt = inputs.salt ?? crypto.getRandomValues(new Uint8Array(16));
  const sender = inputs.senderKeys ?? ((await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits'])) as CryptoKeyPair);
  const asPublic = new Uint8Array((await crypto.subtle.exportKey('raw', sender.publicKey)) as ArrayBuffer);
  const uaKey = await crypto.subtle.importKey('raw', uaPublic, { name: 'ECDH', namedCurve: 'P-256' }, false, []);
  const ecdhSecret = new Uint8Array(await crypto.subtle.deriveBits(ecdhWith(uaKey), sender.privateKey, 256));
  const keyInfo = concatBytes(bytesOf('WebPush: info\0'), uaPublic, asPublic);
  const ikm = await hkdf(authSecret, ecdhSecret, keyInfo, 32);
  const cek = await hkdf(salt, ikm, bytesOf('Content-Encoding: aes128gcm\0'), 16);
  const nonce = await hkdf(salt, ikm, bytesOf('Content-Encoding: nonce\0'), 12);
  const key = await crypto.subtle.importKey('raw', cek, 'AES-GCM', false, ['encrypt']);
  // 0x02 marks the last (and only) record; no further padding.
  const ciphertext = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: nonce }, key, concatBytes(payload, new Uint8Array([2]))));
  const header = new Uint8Array(21);
  header.set(salt, 0);
  new DataView(header.buffer).setUint32(16, RECORD_SIZE);
  header[20] = asPublic.length;
  return concatBytes(header, asPublic, ciphertext);
}
