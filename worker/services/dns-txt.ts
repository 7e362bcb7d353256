/** Reads a name's DNS TXT records: the proof that a CCI controls a host name it adds. */
export interface TxtResolver {
  txt(name: string): Promise<string[]>;
}

export const DOH_ENDPOINT = 'https://cloudflare-dns.com/dns-query';
const DOH_TIMEOUT_MS = 3000;

type DohAnswer = { Status?: number; Answer?: Array<{ type: number; data: string }> };
const TXT_TYPE = 16;

/** A TXT value comes quoted, long ones split in several quoted strings: joined back into one. */
function txtValue(data: string): string {
  const parts = [...data.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((match) => match[1]!.replace(/\\(.)/g, '$1'));
  return parts.length > 0 ? parts.join('') : data;
}

/** DNS over HTTPS (the JSON API of Cloudflare's resolver): the Worker has no other DNS client. */
export function dohTxtResolver(fetcher: typeof fetch = fetch, endpoint = DOH_ENDPOINT): TxtResolver {
  return {
    async txt(name) {
      const url = `${endpoint}?name=${encodeURIComponent(name)}&type=TXT`;
      const response = await fetcher(url, { headers: { accept: 'application/dns-json' }, signal: AbortSignal.timeout(DOH_TIMEOUT_MS) });
      if (!response.ok) throw new Error(`DNS over HTTPS answered ${response.status}`);
      const answer = await response.json<DohAnswer>();
      return (answer.Answer ?? []).filter((record) => record.type === TXT_TYPE).map((record) => txtValue(record.data));
    },
  };
}

/** Records held in memory: tests, and a local instance that adds a host by hand. */
export function localTxtResolver(records: Map<string, string[]> = new Map()): TxtResolver & { records: Map<string, string[]> } {
  return {
    records,
    async txt(name) {
      return records.get(name.toLowerCase()) ?? [];
    },
  };
}
