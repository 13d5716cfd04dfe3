// The report form v1 (DESIGN §4.4), structure only, as a Zod 4 schema: what a portal
// validates today. Equivalent to benches/report-form.schema.json (Ajv): the same types,
// required keys, enums and date shape; unknown keys allowed (looseObject).
import * as z from "zod";

const text = z.string().min(1);
const date = z.string().regex(/^(\d{1,2}\/\d{1,2}\/\d{4}|\d{4}-\d{2}-\d{2})$/);
const count = z.union([z.number(), z.string()]);

export const reportForm = z.looseObject({
  kind: z.literal("report"),
  reportType: z.enum(["quarter", "half_year", "nine_month", "annual", "ad_hoc"]),
  year: z.union([z.number().int(), z.string()]),
  quarter: z.number().int().min(1).max(4).nullable().optional(),
  agency: text,
  level: z.enum(["central", "province", "commune"]),
  number: text,
  place: text,
  issuedOn: date,
  periodFrom: date,
  periodTo: date,
  sections: z.looseObject({
    situation: z.string(),
    results: z.string(),
    assessment: z.string(),
    nextSteps: z.string(),
    proposals: z.string(),
  }),
  indicators: z.record(z.string(), count),
  tasks: z
    .array(
      z.looseObject({
        ref: z.string(),
        lead: text,
        partners: z.array(z.string()).optional(),
        result: z.string().optional(),
      }),
    )
    .optional(),
  signer: z.looseObject({
    authority: z.string().nullable().optional(),
    title: text,
    name: text,
  }),
  recipients: z.array(z.string()).min(1),
});
