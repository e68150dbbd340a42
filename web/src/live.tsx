/**
 * @module Live updates: one Server-Sent Events stream for the page; views re-read what they show when
 * the log grows, with no reload.
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

const LiveContext = createContext<Live>({ size: null, connected: false, arrived: [] });

export function LiveProvider({ children }: { readonly children: ReactNode }) {
  const [live, setLive] = useState<Live>({ size: null, connected: false, arrived: [] });
  useEffect(() => {
    let source: EventSource | null = null;
    let stopped = false;
    let retry: number | undefined;
    const connect = () => {
      api.health().then(
        (h) => setLive((l) => ({ ...l, size: Math.max(l.size ?? 0, h.size) })),
        () => setLive((l) => ({ ...l, connected: false })),
      );
      source = new EventSource('/api/v1/stream');
      source.onopen = () => setLive((l) => ({ ...l, connected: true }));
      source.onmessage = (e: MessageEvent<string>) => {
        try {
          const { index, leaf } = JSON.parse(e.data) as { index: number; leaf: string };
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
        if (!stopped) retry = window.setTimeout(connect, 5000);
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
