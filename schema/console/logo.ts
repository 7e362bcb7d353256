/**
 * A CCI's logo as the console uploads it: a raster image small enough for the masthead. SVG is
 * refused rather than sanitised: it is a document that can carry scripts and outside references,
 * and a PNG or WebP export of a logo is easy to make.
 */
export const LOGO_MAX_BYTES = 200 * 1024;

export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export type LogoType = (typeof LOGO_TYPES)[number];

/** What the file input offers: the types the server accepts. */
export const LOGO_ACCEPT = LOGO_TYPES.join(',');

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) => signature.every((byte, i) => bytes[offset + i] === byte);
const ascii = (text: string) => [...text].map((ch) => ch.charCodeAt(0));

/** The image type the bytes themselves say (their magic number), whatever the upload claimed. */
export function sniffLogoType(bytes: Uint8Array): LogoType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  return null;
}

/** An SVG file, told apart so its refusal can say why. */
export function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 1024)).trimStart().toLowerCase();
  return head.startsWith('<svg') || (head.startsWith('<?xml') && head.includes('<svg'));
}

/** Where the Worker serves a tenant's logo: on the tenant's own host, named by its content. */
export const LOGO_PATH_PREFIX = '/brand/logo/';
export const LOGO_VERSION_PATTERN = /^[0-9a-f]{16}$/;
export const logoPath = (version: string) => `${LOGO_PATH_PREFIX}${version}`;

/** What the console reads back after an upload or a removal. */
export type LogoView = { logoUrl: string | null };
