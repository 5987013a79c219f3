declare module 'hyphen/nl/index.js' {
  interface HyphenOptions {
    hyphenChar?: string;
    minWordLength?: number;
    debug?: boolean;
  }
  const hyphenNl: {
    hyphenateSync(text: string, options?: HyphenOptions): string;
    hyphenate(text: string, options?: HyphenOptions): Promise<string>;
  };
  export default hyphenNl;
}
