import { useEffect, useRef } from 'react';

type TurnstileApi = {
  render(element: HTMLElement, options: Record<string, unknown>): string;
  remove(widgetId: string): void;
};

declare global {
  interface Window {
    turnstile?: TurnstileApi;
  }
}

/** What Cloudflare's test site keys answer: used offline so that local development still works. */
const DUMMY_TOKEN = 'XXXX.DUMMY.TOKEN.XXXX';
const isTestSiteKey = (siteKey: string) => /^[123]x0{20}[A-F]{2}$/.test(siteKey);

const SCRIPT_URL = 'https://challenges.cloudflare.com/turnstile/v0/api.js?render=explicit';
let scriptLoading: Promise<TurnstileApi> | null = null;

function loadTurnstile(): Promise<TurnstileApi> {
  scriptLoading ??= new Promise((resolve, reject) => {
    if (window.turnstile) return resolve(window.turnstile);
    const script = document.createElement('script');
    script.src = SCRIPT_URL;
    script.async = true;
    script.onload = () => (window.turnstile ? resolve(window.turnstile) : reject(new Error('turnstile did not load')));
    script.onerror = () => {
      scriptLoading = null;
      reject(new Error('turnstile did not load'));
    };
    document.head.appendChild(script);
  });
  return scriptLoading;
}

/**
 * Cloudflare's anti-bot check. A token is good for one submission: the parent remounts this
 * component (a new `key`) after every attempt to get a fresh one.
 */
export function Turnstile({ siteKey, action, language, onToken }: { siteKey: string; action: string; language: string; onToken: (token: string) => void }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let widgetId: string | null = null;
    let cancelled = false;
    void loadTurnstile().then((turnstile) => {
      if (cancelled || !container.current) return;
      widgetId = turnstile.render(container.current, {
        sitekey: siteKey,
        action,
        language,
        callback: onToken,
        'expired-callback': () => onToken(''),
        'error-callback': () => onToken(''),
      });
    }, () => onToken(isTestSiteKey(siteKey) ? DUMMY_TOKEN : ''));
    return () => {
      cancelled = true;
      if (widgetId) window.turnstile?.remove(widgetId);
    };
  }, [siteKey, action, language, onToken]);
  return <div ref={container} className="turnstile" />;
}
