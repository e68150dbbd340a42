/**
 * @module Live updates: one Server-Sent Events stream for the page; views re-read what they show when
 * the log grows, with no reload. A stream that drops is opened again after {@link RECONNECT_MS} from
 * the first entry not yet heard of (`?from=`, src/server/routes/stream.ts), so what was
 * appended meanwhile still arrives, in order.
 */
import { createContext, useContext, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { api } from './api.ts';

export interface Live {
  /** The log's size as last heard (null before the first answer). */
  readonly size: number | null;
  /** Whether the stream is connected. */
  readonly connected: boolean;
  /** The leaves that arrived while this page was open, newest last. */
  readonly arrived: readonly { index: number; leaf: string }[];
}

/** How long the page waits before it opens a dropped stream again. */
export const RECONNECT_MS = 5000;

/** The stream's address: only new entries at first; after a drop, from the first entry not yet heard of. */
export const streamUrl = (next: number | null): string =>
  next === null ? '/api/v1/stream' : `/api/v1/stream?from=${next}`;

const LiveContext = createContext<Live>({ size: null, connected: false, arrived: [] });

export function LiveProvider({ children }: { readonly children: ReactNode }) {
  const [live, setLive] = useState<Live>({ size: null, connected: false, arrived: [] });
  useEffect(() => {
    let source: EventSource | null = null;
    let stopped = false;
    let retry: number | undefined;
    // The log's size as last heard (the health check, the stream): a reconnect resumes there.
    let heard: number | null = null;
    const hear = (size: number) => {
      heard = Math.max(heard ?? 0, size);
    };
    const connect = () => {
      api.health().then(
        (h) => {
          hear(h.size);
          setLive((l) => ({ ...l, size: Math.max(l.size ?? 0, h.size) }));
        },
        () => setLive((l) => ({ ...l, connected: false })),
      );
      source = new EventSource(streamUrl(heard));
      source.onopen = () => setLive((l) => ({ ...l, connected: true }));
      source.onmessage = (e: MessageEvent<string>) => {
        try {
          const { index, leaf } = JSON.parse(e.data) as { index: number; leaf: string };
          hear(index + 1);
          setLive((l) => ({
            connected: true,
            size: Math.max(l.size ?? 0, index + 1),
            arrived: [...l.arrived.slice(-199), { index, leaf }],
          }));
        } catch {
          // A heartbeat or a message of another shape: nothing to do.
        }
      };
      source.onerror = () => {
        setLive((l) => ({ ...l, connected: false }));
        source?.close();
        if (!stopped) retry = window.setTimeout(connect, RECONNECT_MS);
      };
    };
    connect();
    return () => {
      stopped = true;
      window.clearTimeout(retry);
      source?.close();
    };
  }, []);
  return <LiveContext.Provider value={live}>{children}</LiveContext.Provider>;
}

export function useLive(): Live {
  return useContext(LiveContext);
}
