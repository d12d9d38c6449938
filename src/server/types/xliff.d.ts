// Types of the parts of the `xliff` package (locize) the server uses: XLIFF 2.0 to and from its plain JS form.
declare module 'xliff' {
  export interface XliffUnit {
    source: string;
    target?: string;
    note?: string;
  }
  export interface XliffJs {
    sourceLanguage: string;
    targetLanguage: string;
    resources: Record<string, Record<string, XliffUnit>>;
  }
  export function js2xliff(js: XliffJs): Promise<string>;
  export function xliff2js(xml: string): Promise<XliffJs>;
}
