// Parsers used only by the tests, to read our citations back the way reference managers would.
declare module "astrocite-ris" {
  export function parse(input: string): unknown[];
}
