/**
 * @module The verifier key the log explorer checks checkpoints with: the one this device trusts (kept
 * in localStorage), else the one the depositary serves.
 */
import { useState } from 'react';
import { api } from '../../api.ts';
import { useLoad } from '../../data.ts';

/** Where this device keeps the verifier key it trusts. */
const PIN_KEY = 'est.trustedVerifierKey';

/** The key checkpoints are checked with: the one this device trusts, else the one the server serves. */
export function useTrustedKey() {
  const served = useLoad(() => api.verifierKey().then((k) => k.trim()), []);
  const [pinned, setPinned] = useState<string | null>(() => window.localStorage.getItem(PIN_KEY));
  const pin = (key: string | null) => {
    if (key === null) window.localStorage.removeItem(PIN_KEY);
    else window.localStorage.setItem(PIN_KEY, key);
    setPinned(key);
  };
  const servedKey = served.state === 'ok' ? served.value : null;
  return { served, servedKey, pinned, trusted: pinned ?? servedKey, pin };
}

/** The served key, the trusted one, and the means to trust or forget one. */
export type Trust = ReturnType<typeof useTrustedKey>;
