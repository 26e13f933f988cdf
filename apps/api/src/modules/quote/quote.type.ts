import { Field, Float, Int, ObjectType } from "type-graphql";
import type { QuoteRow } from "../../db/schema.js";
import { connectionType } from "../../graphql/connection.js";
import { QuoteKind } from "../../graphql/enums.js";
import { toGlobalId } from "../../graphql/ids.js";
import { Node, type Typed } from "../../graphql/node.js";

export type QuoteModel = Omit<QuoteRow, "id" | "search"> & Typed & { id: string; dbId: number };

export function toQuoteModel(row: Omit<QuoteRow, "search">): QuoteModel {
  return { ...row, __typename: "Quote", dbId: row.id, id: toGlobalId("Quote", row.id) };
}

@ObjectType({ simpleResolvers: true, implements: Node, description: "Words in quotation marks, verbatim, with who said them." })
export class Quote extends Node {
  @Field(() => String, { description: "The quoted words, marks excluded." })
  text!: string;

  @Field(() => QuoteKind, { description: "A whole statement or a fragment inside the writer's sentence." })
  kind!: QuoteKind;

  @Field(() => Int, { description: "Offset of the quoted words in `Article.text`." })
  start!: number;

  @Field(() => Int, { description: "Offset just after the quoted words." })
  end!: number;

  @Field(() => Float, { description: "The extractor's confidence in the attribution, 0–1." })
  confidence!: number;

  @Field(() => Boolean, { description: "True when an editor has checked or corrected this quote." })
  reviewed!: boolean;
}

export const QuoteConnection = connectionType(Quote, "Quote", "quotes");
