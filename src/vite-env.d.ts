/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

declare const __APP_VERSION__: string;

/** The PIN screens' part of the Dutch common texts, as a module of its own (scripts/lockTextsPlugin.ts). */
declare module 'virtual:lock-texts' {
  /** Texts by key, nested as in the JSON file. */
  export type Texts = { readonly [key: string]: string | Texts };
  export const lock: Texts;
}
