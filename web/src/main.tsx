/** @module The entry point of the web UI. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { LanguageProvider } from './i18n.tsx';
import { LiveProvider } from './live.tsx';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <LanguageProvider>
        <LiveProvider>
          <App />
        </LiveProvider>
      </LanguageProvider>
    </StrictMode>,
  );
}
