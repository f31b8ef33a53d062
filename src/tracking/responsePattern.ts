// SCORM 2004's characterstring for a response, which xAPI adopted for cmi.interaction activities: choice ids
// joined by "[,]", true/false, matching pairs "source[.]target", the likert point's id.
import type { InteractionResponse } from '../core/tracker';

export function responsePattern(value: InteractionResponse): string {
  switch (value.kind) {
    case 'choice':
      return value.ids.join('[,]');
    case 'true-false':
      return value.value ? 'true' : 'false';
    case 'matching':
      return value.pairs.map(([source, target]) => `${source}[.]${target}`).join('[,]');
    case 'likert':
      return value.value;
  }
}
