/**
 * The response schemas the browser validates with, loaded on the first API read
 * (lib/api/client.ts) so zod is not part of any page's first-load JavaScript.
 * The jitless switch is imported first: ES modules run their imports in order.
 */
import "./zod-jitless";

export { Cooccurrence, envelope, TopicDetail, Video } from "../schemas/api";
