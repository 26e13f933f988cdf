import { Field, Int, ObjectType } from "type-graphql";
import { Verdict } from "../../graphql/enums.js";

@ObjectType({ simpleResolvers: true, description: "Store-wide figures for the dashboard's overview. Each field is computed only when asked for." })
export class Overview {
  @Field(() => Int, { description: "Articles stored." })
  articleCount!: number;

  @Field(() => Int, { description: "People known." })
  personCount!: number;

  @Field(() => Int, { description: "Quotes stored." })
  quoteCount!: number;

  @Field(() => Int, { description: "Claims stored." })
  claimCount!: number;
}

@ObjectType({ simpleResolvers: true, description: "How many claims carry one verdict." })
export class VerdictCount {
  @Field(() => Verdict, { description: "The verdict." })
  verdict!: Verdict;

  @Field(() => Int, { description: "Claims with it." })
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: "What the articles of one day hold (the day an article was published, else ingested; UTC)." })
export class DayCount {
  @Field(() => String, { description: "The day, YYYY-MM-DD." })
  day!: string;

  @Field(() => Int, { description: "Articles of that day." })
  articles!: number;

  @Field(() => Int, { description: "Quotes in those articles." })
  quotes!: number;

  @Field(() => Int, { description: "Claims in those articles." })
  claims!: number;
}
