/** dataset.yaml: the dataset's version, release date, title and description. */
import { DatasetFile } from "../../schemas/content";
import type { ContentIssue } from "../issues";
import { parseYaml, validateObject } from "../validate";

export const FILE = "dataset.yaml";

export function readDataset(text: string, issues: ContentIssue[]): DatasetFile | undefined {
  return validateObject(FILE, undefined, parseYaml(FILE, text, issues), DatasetFile, issues);
}
