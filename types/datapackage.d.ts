/** The parts of Frictionless's datapackage-js (1.1) the data-package tests use; it ships no types. */
declare module "datapackage" {
  export interface Resource {
    name: string;
    tabular: boolean;
    valid: boolean;
    errors: Error[];
    read(options?: { keyed?: boolean; relations?: boolean; cast?: boolean }): Promise<Array<Record<string, unknown>>>;
    checkRelations(): Promise<boolean>;
  }
  export interface Package {
    valid: boolean;
    errors: Error[];
    resourceNames: string[];
    getResource(name: string): Resource | null;
  }
  export const Package: {
    load(descriptor: object | string, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
  };
  export function validate(descriptor: object): Promise<{ valid: boolean; errors: Error[] }>;
}
