// Learning Locker's xAPI statement validator (@learninglocker/xapi-validation), which returns every problem of a
// statement in one call. It is CommonJS with an __esModule default export: Node's ESM import hands over the
// exports object, bundlers and vitest the function, so both shapes are accepted.
import validation from '@learninglocker/xapi-validation';

type Validate = typeof validation;
const exported = validation as Validate | { default: Validate };

export const validateStatement: Validate = typeof exported === 'function' ? exported : exported.default;
