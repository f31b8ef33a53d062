// The content model: what instructional designers write in course/ and quizzes/ (YAML), checked at build time.
// Each schema's output type is the compiled form the player receives (Markdown already turned into RichText),
// so the player imports these types only and never ships zod.
import { z } from 'zod';
import { MarkdownError, parseInline, parseRichText } from './markdown';

export const idPattern = /^[a-z][a-z0-9-]*$/;
export const contentId = z.string().regex(idPattern, 'ids use lower-case letters, digits and hyphens, and start with a letter');
/** Option and pair ids are single letters: SCORM 1.2 records a choice response as such characters. */
export const letterId = z.string().regex(/^[a-z]$/, 'option ids are single lower-case letters (a, b, c…)');

function markdownField<T>(parse: (source: string) => T) {
  return z
    .string()
    .min(1, 'must not be empty')
    .transform((source, ctx) => {
      try {
        return parse(source);
      } catch (error) {
        if (!(error instanceof MarkdownError)) throw error;
        ctx.addIssue({ code: 'custom', message: error.message });
        return z.NEVER;
      }
    });
}
/** Paragraphs and lists. */
export const markdown = markdownField(parseRichText);
/** One line: titles, options, list items. */
export const line = markdownField(parseInline);

const httpsUrl = z.string().regex(/^https?:\/\/\S+$/, 'must be a full web address (https://…)');

// ---------- questions (knowledge checks in pages, and the items of quizzes/) ----------

const choiceOption = z.strictObject({
  id: letterId,
  text: line,
  correct: z.boolean().default(false),
  feedback: markdown,
});

const questionCommon = {
  id: contentId,
  stem: markdown,
  /** The learning objective the item assesses; pages' knowledge checks inherit their page's. */
  objective: contentId.optional(),
  /** The page that teaches it, named in the feedback so a learner can go back to it. */
  teaches: contentId.optional(),
  /** The topic tags the assessment blueprint counts (e.g. le-vs-sp-focus). */
  topics: z.array(contentId).default([]),
  /**
   * The seed it comes from: the file's number in sources/ (000–004) and where in it, e.g. "001 presenter's guide,
   * slide 8". Optional here so test fixtures stay small; tests/unit/itemRules.test.ts requires it of the course.
   */
  source: z
    .string()
    .regex(
      /^00[0-4] \S/,
      'starts with the number of the seed file in sources/ (000–004), then where in it, e.g. "001 presenter\'s guide, slide 8"',
    )
    .optional(),
};

function uniqueIds(items: { id: string }[]): boolean {
  return new Set(items.map((item) => item.id)).size === items.length;
}

const singleChoice = z
  .strictObject({ ...questionCommon, kind: z.literal('single'), options: z.array(choiceOption).min(2).max(6) })
  .refine((q) => q.options.filter((o) => o.correct).length === 1, {
    message: 'a single-choice question needs exactly one option with correct: true',
    path: ['options'],
  })
  .refine((q) => uniqueIds(q.options), { message: 'option ids must be unique', path: ['options'] });

const multipleResponse = z
  .strictObject({ ...questionCommon, kind: z.literal('multiple'), options: z.array(choiceOption).min(3).max(8) })
  .refine((q) => q.options.some((o) => o.correct), {
    message: 'a multiple-response question needs at least one option with correct: true',
    path: ['options'],
  })
  .refine((q) => uniqueIds(q.options), { message: 'option ids must be unique', path: ['options'] });

const trueFalse = z.strictObject({
  ...questionCommon,
  kind: z.literal('trueFalse'),
  answer: z.boolean(),
  feedback: z.strictObject({ true: markdown, false: markdown }),
});

const matching = z
  .strictObject({
    ...questionCommon,
    kind: z.literal('matching'),
    pairs: z
      .array(z.strictObject({ id: letterId, prompt: line, answer: line, feedback: markdown }))
      .min(2)
      .max(6),
  })
  .refine((q) => uniqueIds(q.pairs), { message: 'pair ids must be unique', path: ['pairs'] });

export const question = z.discriminatedUnion('kind', [singleChoice, multipleResponse, trueFalse, matching]);

// ---------- blocks ----------

const comparisonFields = {
  title: line.optional(),
  columns: z.tuple([
    z.strictObject({ heading: line, items: z.array(line).min(1) }),
    z.strictObject({ heading: line, items: z.array(line).min(1) }),
  ]),
  source: line.optional(),
};

const blockSchemas = [
  z.strictObject({
    type: z.literal('text'),
    md: markdown,
    /** The same passage without its difficult details, for learners who choose to skip them (see contentNote). */
    withoutDetails: markdown.optional(),
  }),
  z.strictObject({
    type: z.literal('keyPoints'),
    title: line.optional(),
    items: z.array(line).min(1),
    source: line.optional(),
  }),
  z.strictObject({ type: z.literal('comparison'), ...comparisonFields }),
  z.strictObject({
    type: z.literal('callout'),
    tone: z.enum(['note', 'important', 'source']),
    title: line.optional(),
    md: markdown,
  }),
  z.strictObject({ type: z.literal('quote'), md: markdown, attribution: line }),
  z.strictObject({
    type: z.literal('image'),
    src: z.string().regex(/^[a-z0-9][a-z0-9-]*\.(png|jpg|jpeg|svg|webp)$/, 'an image file name in course/images/'),
    alt: z.string({ error: 'required for images' }).trim().min(1, 'required for images (say what the image shows)'),
    caption: line.optional(),
  }),
  z.strictObject({
    type: z.literal('linkCard'),
    href: httpsUrl,
    title: z.string().min(1),
    publisher: z.string().min(1),
    description: markdown,
    watchFor: z.array(line).optional(),
  }),
  z.strictObject({
    type: z.literal('reflection'),
    id: contentId,
    prompt: markdown,
    modelAnswer: markdown,
    /** Who the model answer comes from, e.g. the presenter's guide. */
    modelAnswerSource: line.optional(),
  }),
  z.strictObject({ type: z.literal('question'), question }),
  z.strictObject({ type: z.literal('quiz'), quiz: contentId }),
  z
    .strictObject({
      type: z.literal('sort'),
      id: contentId,
      prompt: markdown,
      categories: z
        .array(z.strictObject({ id: letterId, label: line }))
        .min(2)
        .max(4),
      items: z.array(z.strictObject({ id: contentId, text: line, category: letterId, feedback: markdown })).min(2),
      source: line.optional(),
      /** The sorted lists, shown only once the learner has checked their sorting, so the page never gives it away. */
      answerKey: z.strictObject(comparisonFields).optional(),
    })
    .refine((b) => b.items.every((item) => b.categories.some((c) => c.id === item.category)), {
      message: 'every item needs a category that is listed in categories',
      path: ['items'],
    }),
  z.strictObject({
    type: z.literal('scenario'),
    id: contentId,
    title: z.string().min(1),
    steps: z
      .array(
        z.strictObject({
          id: contentId,
          md: markdown,
          withoutDetails: markdown.optional(),
          decision: z
            .strictObject({
              prompt: line,
              choices: z
                .array(z.strictObject({ id: letterId, text: line, best: z.boolean().default(false), consequence: markdown }))
                .min(2),
            })
            .optional(),
        }),
      )
      .min(1),
    source: line.optional(),
  }),
  z.strictObject({
    type: z.literal('partnerBuilder'),
    id: contentId,
    prompt: markdown,
    partners: z.array(z.strictObject({ id: contentId, label: line })).min(2),
    /** The fact sheet lists needs and partners separately and pairs none of them, so the activity pairs none either. */
    needs: z.array(z.strictObject({ id: contentId, need: line })).min(1),
    source: line.optional(),
  }),
  z.strictObject({
    type: z.literal('actionPlan'),
    id: contentId,
    intro: markdown,
    fields: z.array(z.strictObject({ id: contentId, label: z.string().min(1), hint: z.string().optional() })).min(1),
  }),
  z.strictObject({ type: z.literal('glossary') }),
  // Blocks that break a long passage into parts the learner opens one at a time.
  z.strictObject({
    type: z.literal('accordion'),
    title: line.optional(),
    items: z.array(z.strictObject({ title: line, md: markdown })).min(2, 'an accordion needs at least 2 items'),
    source: line.optional(),
  }),
  z.strictObject({
    type: z.literal('tabs'),
    title: line.optional(),
    /** Side by side on paper, one at a time on screen: e.g. the law enforcement view and the service provider view. */
    tabs: z
      .array(z.strictObject({ label: z.string().min(1).max(40, 'a tab label is at most 40 characters'), md: markdown }))
      .min(2, 'tabs need at least 2 tabs')
      .max(4, 'at most 4 tabs fit side by side on a phone'),
    source: line.optional(),
  }),
  z.strictObject({
    type: z.literal('process'),
    title: line.optional(),
    /** Steps in order (chapters of a story, stages of a path), shown one at a time with the whole path in view. */
    steps: z
      .array(z.strictObject({ title: line, md: markdown, withoutDetails: markdown.optional() }))
      .min(2, 'a process needs at least 2 steps'),
    source: line.optional(),
  }),
  z.strictObject({
    type: z.literal('revealCards'),
    title: line.optional(),
    cards: z
      .array(z.strictObject({ front: line, back: markdown }))
      .min(2, 'reveal cards come in sets of at least 2')
      .max(8, 'at most 8 cards'),
    source: line.optional(),
  }),
  z
    .strictObject({
      type: z.literal('diagram'),
      /** chain: one node leads to the next (task group → task team → task force); hub: nodes around a centre. */
      layout: z.enum(['chain', 'hub']),
      title: line,
      /** The node in the middle of a hub diagram. */
      center: z.string().min(1).max(40, 'a diagram label is at most 40 characters').optional(),
      nodes: z
        .array(
          z.strictObject({
            label: z.string().min(1).max(80, 'a diagram label is at most 80 characters'),
            /** Said under the diagram, in words, for everyone. */
            detail: line.optional(),
          }),
        )
        .min(2, 'a diagram needs at least 2 nodes')
        .max(20, 'at most 20 nodes stay readable on a phone'),
      source: line.optional(),
    })
    .refine((b) => (b.layout === 'hub') === (b.center !== undefined), {
      message: 'a hub diagram needs a center, and only a hub diagram has one',
      path: ['center'],
    }),
] as const;

export const block = z.discriminatedUnion('type', blockSchemas);
export const blockTypes = blockSchemas.map((schema) => schema.shape.type.value);

export const page = z.strictObject({
  id: contentId,
  title: z.string().min(1),
  objective: contentId.optional(),
  /**
   * Shown before the page's content (e.g. the case study mentions sexual assault). The learner reads the page in
   * full, or without the details: blocks then show their `withoutDetails` text.
   */
  contentNote: z.strictObject({ md: markdown }).optional(),
  blocks: z.array(block).min(1),
});

// ---------- the course and the quizzes ----------

export const course = z.strictObject({
  id: contentId,
  title: z.string().min(1),
  series: z.string().min(1),
  module: z.string().min(1),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'a version like 1.0.0'),
  description: z.string().min(1),
  /** Computed from the content at build time (src/content/estimate.ts), never written by hand. */
  estimatedMinutes: z.never({ error: 'is computed from the content at build time: remove it from course.yaml' }).optional(),
  language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'a language tag like en-US'),
  /** Percent needed on the final assessment to pass; null for a course that only needs completing. */
  masteryScore: z.number().int().min(0).max(100).nullable().default(80),
  attempts: z.number().int().min(1).max(9).default(3),
  /**
   * cmi5 moveOn: what the LMS waits for before the learner may move on. Null means "CompletedAndPassed" when
   * there is a mastery score and "Completed" when there is none.
   */
  moveOn: z.enum(['Completed', 'Passed', 'CompletedAndPassed', 'CompletedOrPassed', 'NotApplicable']).nullable().default(null),
  /**
   * The course's xAPI activity id (an IRI), under which cmi5 and xAPI packages report: the publisher's own, stable
   * across versions, so an LRS keeps one history of the course.
   */
  activityId: z.url({ protocol: /^(https?|urn)$/ }).optional(),
  objectives: z.array(z.strictObject({ id: contentId, title: z.string().min(1), short: z.string().min(1) })).min(1),
  sections: z
    .array(z.strictObject({ id: contentId, title: z.string().min(1), objective: contentId.optional(), pages: z.array(contentId).min(1) }))
    .min(1),
});

const checkpointQuiz = z.strictObject({
  id: contentId,
  kind: z.literal('checkpoint'),
  title: z.string().min(1),
  objective: contentId,
  intro: markdown.optional(),
  items: z.array(question).min(1),
});

const pools = z.array(z.strictObject({ objective: contentId, draw: z.number().int().positive(), items: z.array(question).min(1) })).min(1);

const finalQuiz = z.strictObject({
  id: contentId,
  kind: z.literal('final'),
  title: z.string().min(1),
  intro: markdown.optional(),
  pools,
});

/** The optional knowledge pre-test: pools parallel to the final's (never the same items), each drawn whole. */
const pretestQuiz = z.strictObject({
  id: contentId,
  kind: z.literal('pretest'),
  title: z.string().min(1),
  intro: markdown.optional(),
  pools,
});

export const quiz = z.discriminatedUnion('kind', [checkpointQuiz, finalQuiz, pretestQuiz]);

/** The end-of-course evaluation: statements rated on one agreement scale (1 = the first label … 5 = the last). */
const evaluationForm = z.strictObject({
  id: contentId,
  kind: z.literal('evaluation'),
  title: z.string().min(1),
  intro: markdown.optional(),
  scale: z.array(z.string().min(1)).length(5, 'the scale has five labels, from 1 (strongly disagree) to 5 (strongly agree)'),
  items: z
    .array(z.strictObject({ id: contentId, statement: z.string().min(1) }))
    .min(5, 'an evaluation has 5 to 7 statements')
    .max(7, 'an evaluation has 5 to 7 statements')
    .refine(uniqueIds, { message: 'statement ids must be unique' }),
});

/** Any file in quizzes/: the evaluation, which is no quiz, is kept apart from the quizzes. */
export const quizFile = z.discriminatedUnion('kind', [checkpointQuiz, finalQuiz, pretestQuiz, evaluationForm]);

export const glossary = z.strictObject({
  terms: z.array(z.strictObject({ term: z.string().min(1), expansion: z.string().min(1), definition: markdown.optional() })),
});

export const roles = z.strictObject({
  question: z.string().min(1),
  roles: z.array(z.strictObject({ id: contentId, code: z.string().regex(/^[a-z0-9]$/), label: z.string().min(1) })).min(2),
});

export type Question = z.output<typeof question>;
export type Block = z.output<typeof block>;
export type BlockOf<T extends Block['type']> = Extract<Block, { type: T }>;
export type Page = z.output<typeof page>;
export type CourseMeta = z.output<typeof course>;
export type Quiz = z.output<typeof quiz>;
export type CheckpointQuiz = Extract<Quiz, { kind: 'checkpoint' }>;
export type FinalQuiz = Extract<Quiz, { kind: 'final' }>;
export type PretestQuiz = Extract<Quiz, { kind: 'pretest' }>;
export type EvaluationForm = z.output<typeof evaluationForm>;
export type GlossaryTerm = z.output<typeof glossary>['terms'][number];
export type Role = z.output<typeof roles>['roles'][number];
