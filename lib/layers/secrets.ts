/**
 * Layer ids and edit tokens: 144 random bits each (base64url), from the operating system's CSPRNG.
 * A token is stored only as its SHA-256; comparing hashes takes the same time whatever matches.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

export const newLayerId = () => randomBytes(18).toString("base64url");
export const newEditToken = () => randomBytes(18).toString("base64url");
export const hashToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

export function tokenMatches(token: string, storedHash: string): boolean {
  const given = Buffer.from(hashToken(token), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return given.length === stored.length && timingSafeEqual(given, stored);
}
