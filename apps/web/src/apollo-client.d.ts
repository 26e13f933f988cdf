import type { GraphQLCodegenDataMasking } from "@apollo/client/masking";

// Masked fragment types come from codegen (inlineFragmentTypes: "mask").
declare module "@apollo/client" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging needs the empty body
  export interface TypeOverrides extends GraphQLCodegenDataMasking.TypeOverrides {}
}
