// @ts-check
import { existsSync } from "node:fs";

/** Where Debian's libnginx-mod-http-brotli-static puts nginx's brotli_static module. */
export const BROTLI_MODULES = [
  "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so",
  "/usr/share/nginx/modules/ngx_http_brotli_static_module.so",
];

/**
 * Where Debian's libnginx-mod-http-lua puts nginx's Lua module (LuaJIT), which runs the view pages' 308s. The Nginx
 * Development Kit module it needs loaded first (libnginx-mod-http-ndk, a dependency of the package) lies beside it.
 */
export const LUA_MODULES = [
  "/usr/lib/nginx/modules/ngx_http_lua_module.so",
  "/usr/share/nginx/modules/ngx_http_lua_module.so",
];

/** The Debian packages of the modules the front loads when they are there, each with where it puts its module. */
export const MODULE_PACKAGES = [
  { name: "libnginx-mod-http-brotli-static", files: BROTLI_MODULES },
  { name: "libnginx-mod-http-lua", files: LUA_MODULES },
];

/** The names of the module packages whose module is not on this machine. */
export function missingModulePackages() {
  return MODULE_PACKAGES.filter((p) => !p.files.some((f) => existsSync(f))).map((p) => p.name);
}
