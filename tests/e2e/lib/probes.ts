// Probes installed in every page of a context before the app runs: keyboard/typing events, speech synthesis
// (with stand-in voices) and whether a given text ever reached the DOM. Read them back with the functions below.
import type { BrowserContext, Page } from 'playwright-core';

interface ProbeWindow {
  __typing: string[];
  __spoken: { text: string; lang: string }[];
  __seen: Record<string, boolean>;
}

export interface ProbeOptions {
  /** Texts to watch for: each is marked seen as soon as it is anywhere in the document's text. */
  watch?: string[];
  /** Language tags of the speech-synthesis voices the tablet has (e.g. 'ti-ER'); none by default. */
  voices?: string[];
}

/** Call before the first page.goto of the context. */
export const installProbes = async (
  context: BrowserContext,
  options: ProbeOptions = {},
): Promise<void> => {
  await context.addInitScript(
    ({ watch, voiceLangs }: { watch: string[]; voiceLangs: string[] }) => {
      const w = window as unknown as ProbeWindow;
      w.__typing = [];
      w.__spoken = [];
      w.__seen = Object.fromEntries(watch.map((text) => [text, false]));
      // Anything a keyboard, an on-screen keyboard or a paste would cause (fill/type/press all fire these).
      for (const type of [
        'keydown',
        'keyup',
        'keypress',
        'beforeinput',
        'input',
        'compositionstart',
        'paste',
      ]) {
        addEventListener(
          type,
          (event) => {
            const target = event.target as Element | null;
            w.__typing.push(`${type} on ${target?.tagName?.toLowerCase() ?? '?'}`);
          },
          { capture: true },
        );
      }
      // Headless Chromium has no voices at all, and the app disables a speaker without one. Give the
      // tablet a local voice per language of the tests, and record what the app asks to say instead of
      // saying it (the utterance ends at once).
      if ('speechSynthesis' in window) {
        const voices = voiceLangs.map((lang) => ({
          name: `Test voice ${lang}`,
          lang,
          localService: true,
          default: false,
          voiceURI: `test-${lang}`,
        }));
        if (voices.length > 0)
          speechSynthesis.getVoices = () => voices as unknown as SpeechSynthesisVoice[];
        speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => {
          w.__spoken.push({ text: utterance.text, lang: utterance.lang });
          setTimeout(() => utterance.dispatchEvent(new Event('end')), 0);
        };
      }
      if (watch.length > 0) {
        const check = () => {
          const text = document.documentElement?.textContent ?? '';
          for (const marker of watch)
            if (!w.__seen[marker] && text.includes(marker)) w.__seen[marker] = true;
        };
        new MutationObserver(check).observe(document, {
          subtree: true,
          childList: true,
          characterData: true,
        });
      }
    },
    { watch: options.watch ?? [], voiceLangs: options.voices ?? [] },
  );
};

/** Keyboard and input events since the page loaded or since the last `resetTyping`. */
export const typingEvents = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as ProbeWindow).__typing);

export const resetTyping = (page: Page): Promise<void> =>
  page.evaluate(() => {
    (window as unknown as ProbeWindow).__typing = [];
  });

/** Every utterance the app asked the speech synthesis to say. */
export const spoken = (page: Page): Promise<{ text: string; lang: string }[]> =>
  page.evaluate(() => (window as unknown as ProbeWindow).__spoken);

/** Whether a watched text was in the document at any moment since the page loaded or since `resetSeen`. */
export const wasSeen = (page: Page, marker: string): Promise<boolean> =>
  page.evaluate((m) => (window as unknown as ProbeWindow).__seen[m] === true, marker);

export const resetSeen = (page: Page, marker: string): Promise<void> =>
  page.evaluate((m) => {
    (window as unknown as ProbeWindow).__seen[m] = false;
  }, marker);
