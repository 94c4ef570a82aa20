import { z } from "zod";
import { describe, expect, it } from "vitest";
import { fieldErrors } from "@/lib/api/problem";

describe("the API's field errors", () => {
  it("name each invalid field by its path, and each unknown field by its own name", () => {
    const schema = z.strictObject({ name: z.string().min(1, { error: "name is required." }), address: z.strictObject({ city: z.string() }) });
    const result = schema.safeParse({ name: "", colour: "blue", address: { city: "Madrid", planet: "Earth" } });
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error!)).toEqual(
      expect.arrayContaining([
        { field: "name", message: "name is required." },
        { field: "colour", message: "Unknown field." },
        { field: "address.planet", message: "Unknown field." },
      ]),
    );
  });
});
