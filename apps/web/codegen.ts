import type { CodegenConfig } from "@graphql-codegen/cli";

// The schema is the committed FILE written by the API (`npm run generate -w @whosaid/api`),
// never a live server, so the dashboard builds offline and in step with the API's commit.
const config: CodegenConfig = {
  schema: "../api/schema.graphql",
  documents: ["src/**/*.{ts,tsx}", "!src/gql/**/*"],
  ignoreNoDocuments: true,
  generates: {
    "./src/gql/": {
      preset: "client",
      // Apollo Client does the masking (dataMasking: true); the preset only emits masked types.
      presetConfig: { fragmentMasking: false },
      config: {
        customDirectives: { apolloUnmask: true },
        inlineFragmentTypes: "mask",
        avoidOptionals: { field: true, inputValue: false },
        defaultScalarType: "unknown",
        scalars: { DateTimeISO: "string", DateTime: "string", JSON: "unknown" },
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
    // Unions and interfaces (SearchHit, Node) need possibleTypes for the cache to match fragments.
    "./src/gql/possibleTypes.ts": { plugins: ["./codegen/possible-types.cjs"] },
  },
};

export default config;
