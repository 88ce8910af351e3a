import { describe, expect, it } from "vitest";
import { listenOptions } from "@/server/listen-options.mjs";

describe("where the server listens", () => {
  it("takes -p/--port and -H/--hostname before $PORT and $HOSTNAME, and 3000 on all interfaces by default", () => {
    expect(listenOptions(["-p", "4100", "-H", "127.0.0.1"], { PORT: "5000", HOSTNAME: "0.0.0.0" })).toEqual({
      port: 4100,
      hostname: "127.0.0.1",
    });
    expect(listenOptions(["--port", "0"], {})).toEqual({ port: 0, hostname: undefined });
    expect(listenOptions([], { PORT: "8080", HOSTNAME: "::1" })).toEqual({ port: 8080, hostname: "::1" });
    expect(listenOptions([], {})).toEqual({ port: 3000, hostname: undefined });
  });

  it("names a port that is not one", () => {
    expect(listenOptions(["-p", "http"], {})).toEqual({ error: 'invalid port "http"' });
    expect(listenOptions([], { PORT: "70000" })).toEqual({ error: 'invalid port "70000"' });
    expect(listenOptions(["-p", "3.5"], {})).toEqual({ error: 'invalid port "3.5"' });
  });
});
