declare module 'virtual:course' {
  import type { Course } from './content/course';
  const course: Course;
  export default course;
}
