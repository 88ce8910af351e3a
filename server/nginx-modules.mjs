// @ts-check
/** Where Debian's libnginx-mod-http-brotli-static puts nginx's brotli_static module. */
export const BROTLI_MODULES = [
  "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so",
  "/usr/share/nginx/modules/ngx_http_brotli_static_module.so",
];

/** Where Debian's libnginx-mod-http-js puts nginx's JavaScript module (njs), which runs the view pages' 308s. */
export const NJS_MODULES = [
  "/usr/lib/nginx/modules/ngx_http_js_module.so",
  "/usr/share/nginx/modules/ngx_http_js_module.so",
];
