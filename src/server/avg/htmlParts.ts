// Building blocks of the readable inzage's HTML: a language attribute, a label with its stored code, a row of facts,
// a table of facts, and the line for an empty section. Every value is escaped (htmlText.ts).
import { esc } from './htmlText';

const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** A lang attribute only for a well-formed language code. */
export const langAttr = (code: unknown): string =>
  typeof code === 'string' && LANGUAGE_CODE.test(code) ? ` lang="${esc(code)}"` : '';

/** A label with the stored code beside it, so the page holds the value itself too. */
export const labelled = (label: string | undefined, code: unknown): string =>
  label && label !== String(code)
    ? `${esc(label)} <span class="id">(${esc(code)})</span>`
    : esc(code);

/** One row of a facts table; no row for an empty value. */
export const row = (label: string, valueHtml: string): string =>
  valueHtml ? `<tr><th scope="row">${esc(label)}</th><td>${valueHtml}</td></tr>` : '';

/** A table of label–value rows; nothing when every row is empty. */
export const facts = (rows: string[]): string => {
  const body = rows.filter(Boolean).join('');
  return body ? `<table class="facts">${body}</table>` : '';
};

/** The line that says a section has nothing. */
export const empty = (text: string): string => `<p class="empty">${esc(text)}</p>`;

/** Text someone wrote, in its own direction and (when known) language. */
export const ownText = (text: unknown, language: unknown): string =>
  `<span dir="auto"${langAttr(language)}>${esc(text)}</span>`;
