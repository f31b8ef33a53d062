// The value types Moodle 5's SCORM players check SetValue against (mod/scorm/datamodels/scorm_12.js and
// scorm_13.js), written out as data. The expressions follow Moodle's on purpose, quirks included (a 2004
// CMITime allows a time zone only after hundredths of a second; a 1.2 result is "wrong", not "incorrect"),
// because the point is to refuse what a real Moodle refuses.

export interface ValueFormat {
  /** A short name for messages: "CMIDecimal", "CMIString4096". */
  name: string;
  pattern: RegExp;
}

function format(name: string, pattern: RegExp): ValueFormat {
  return { name, pattern };
}

function upTo(name: string, max: number): ValueFormat {
  // [\s\S] counts UTF-16 code units with line breaks included, as Moodle's [\u0000-\uFFFF] does.
  return format(name, new RegExp(`^[\\s\\S]{0,${max}}$`));
}

const LANG_TAG = String.raw`([a-zA-Z]{2,3}|i|x)(\-[a-zA-Z0-9\-]{2,8})?`;

export const SCORM2004_FORMATS = {
  string250: upTo('CMIString250', 250),
  string1000: upTo('CMIString1000', 1000),
  string4000: upTo('CMIString4000', 4000),
  string64000: upTo('CMIString64000', 64000),
  lang: format('CMILang', new RegExp(`^${LANG_TAG}$|^$`)),
  // "." stops at a line break, so a description or fill-in answer with one is refused.
  langString250: format('CMILangString250', new RegExp(`^(\\{lang=${LANG_TAG}\\})?([^\\{].{0,250}$)?`)),
  langString250cr: format('CMILangString250cr', new RegExp(`^((\\{lang=${LANG_TAG}?\\})?(.{0,250})?)?$`)),
  langString4000: format('CMILangString4000', new RegExp(`^(\\{lang=${LANG_TAG}\\})?([^\\{].{0,4000}$)?`)),
  time: format(
    'CMITime',
    /^(19[7-9][0-9]|20[0-2][0-9]|203[0-8])((-(0[1-9]|1[0-2]))((-(0[1-9]|[1-2][0-9]|3[0-1]))(T([0-1][0-9]|2[0-3])((:[0-5][0-9])((:[0-5][0-9])((\.[0-9]{1,2})((Z|([+|-]([0-1][0-9]|2[0-3])))(:[0-5][0-9])?)?)?)?)?)?)?)?$/,
  ),
  timespan: format(
    'CMITimespan',
    /^P(\d+Y)?(\d+M)?(\d+D)?(T(((\d+H)(\d+M)?(\d+(.\d{1,2})?S)?)|((\d+M)(\d+(.\d{1,2})?S)?)|((\d+(.\d{1,2})?S))))?$/,
  ),
  sInteger: format('CMISInteger', /^-?([0-9]+)$/),
  decimal: format('CMIDecimal', /^-?([0-9]{1,5})(\.[0-9]{1,18})?$/),
  // Ends in a letter or digit: the rule INTERFACES.md fixes for interaction and objective ids.
  identifier: format('CMIIdentifier', /^\S{1,250}[a-zA-Z0-9]$/),
  shortIdentifier: format('CMIShortIdentifier', /^[\w.]{1,250}$/),
  completionStatus: format('completion status', /^completed$|^incomplete$|^not attempted$|^unknown$/),
  successStatus: format('success status', /^passed$|^failed$|^unknown$/),
  exit: format('exit', /^time-out$|^suspend$|^logout$|^normal$|^$/),
  interactionType: format(
    'interaction type',
    /^true-false$|^choice$|^(long-)?fill-in$|^matching$|^performance$|^sequencing$|^likert$|^numeric$|^other$/,
  ),
  result: format('interaction result', /^correct$|^incorrect$|^unanticipated$|^neutral$|^-?([0-9]{1,4})(\.[0-9]{1,18})?$/),
  navRequest: format(
    'adl.nav.request',
    /^previous$|^continue$|^exit$|^exitAll$|^abandon$|^abandonAll$|^suspendAll$|^\{target=\S{0,200}[a-zA-Z0-9]\}choice|jump$/,
  ),
} as const satisfies Record<string, ValueFormat>;

export const SCORM12_FORMATS = {
  // Moodle's "SCORM 1.2 standard" setting (on by default) keeps the spec's limits.
  string255: upTo('CMIString255', 255),
  string4096: upTo('CMIString4096', 4096),
  time: format('CMITime', /^([0-2][0-9]):([0-5][0-9]):([0-5][0-9])(\.[0-9]{1,2})?$/),
  timespan: format('CMITimespan', /^([0-9]{2,4}):([0-9]{2}):([0-9]{2})(\.[0-9]{1,2})?$/),
  sInteger: format('CMISInteger', /^-?([0-9]+)$/),
  decimal: format('CMIDecimal', /^-?([0-9]{0,3})(\.[0-9]*)?$/),
  identifier: format('CMIIdentifier', /^[\u0021-\u007E]{0,255}$/),
  lessonStatus: format('lesson status', /^passed$|^completed$|^failed$|^incomplete$|^browsed$/),
  objectiveStatus: format('objective status', /^passed$|^completed$|^failed$|^incomplete$|^browsed$|^not attempted$/),
  exit: format('exit', /^time-out$|^suspend$|^logout$|^$/),
  interactionType: format('interaction type', /^true-false$|^choice$|^fill-in$|^matching$|^performance$|^sequencing$|^likert$|^numeric$/),
  result: format('interaction result', /^correct$|^wrong$|^unanticipated$|^neutral$|^([0-9]{0,3})?(\.[0-9]*)?$/),
} as const satisfies Record<string, ValueFormat>;

/**
 * Moodle's test for a whole element value. SCORM 2004 also refuses a non-empty value whose match is
 * empty, which is how its optional-group expressions (CMILangString250) reject an over-long text.
 */
export function matchesFormat(valueFormat: ValueFormat, value: string, emptyMatchRefused: boolean): boolean {
  const match = valueFormat.pattern.exec(value);
  if (match === null) return false;
  if (!emptyMatchRefused || value === '') return true;
  return match.some((group) => group !== undefined && group !== '');
}
