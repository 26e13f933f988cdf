import type { ApolloServerPlugin } from "@apollo/server";
import type { ReadTraffic } from "../read-traffic.js";

/**
 * Counts every GraphQL request as a read from its arrival until its answer is sent, except mutations,
 * which stop counting once their operation is known: writes step aside for reads, not for each other.
 */
export function readsInFlightPlugin<C extends object>(traffic: ReadTraffic): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      const end = traffic.begin();
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation === "mutation") end();
        },
        async willSendResponse() {
          end();
        },
      };
    },
  };
}
