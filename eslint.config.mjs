// ESLint (flat config): Next.js's core-web-vitals and TypeScript rules, with formatting left
// to Prettier (eslint-config-prettier turns off the rules it would fight with).
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  prettier,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  // No source line over 120 characters, strings, comments and regexes included. After `prettier`, which
  // turns max-len off; Prettier does not wrap long strings, so they are split into concatenations by hand.
  {
    rules: {
      "max-len": [
        "error",
        {
          code: 120,
          tabWidth: 2,
          ignoreUrls: false,
          ignoreStrings: false,
          ignoreTemplateLiterals: false,
          ignoreRegExpLiterals: false,
          ignoreComments: false,
        },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    ".next-*/**",
    "generated/**",
    "node_modules/**",
    ".test-output/**",
    ".nginx/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
    "docs/**",
  ]),
]);
