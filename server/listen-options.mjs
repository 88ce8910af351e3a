// @ts-check
/**
 * Where the server listens: `-p/--port` and `-H/--hostname` from the command line, else $PORT (default 3000) and
 * $HOSTNAME (default all interfaces). A port that is not an integer in 0–65535 is an error naming what was given.
 * @param {string[]} args the command line after the script
 * @param {Record<string, string | undefined>} env
 * @returns {{ port: number, hostname: string | undefined } | { error: string }}
 */
export function listenOptions(args, env) {
  const arg = (/** @type {string[]} */ names) => {
    const i = args.findIndex((a) => names.includes(a));
    return i >= 0 ? args[i + 1] : undefined;
  };
  const given = arg(["-p", "--port"]) ?? env.PORT;
  const port = Number(given ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return { error: `invalid port "${given}"` };
  return { port, hostname: arg(["-H", "--hostname"]) ?? env.HOSTNAME ?? undefined };
}
