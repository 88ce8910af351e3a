/** Next.js's bundled copy of `send` (its static file handler): only its MIME lookup is used (server/nginx-config). */
declare module "next/dist/compiled/send/index.js" {
  const send: {
    mime: { lookup(path: string): string | false; charsets: { lookup(type: string): string | false } };
  };
  export default send;
}
