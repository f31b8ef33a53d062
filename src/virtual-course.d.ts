declare module 'virtual:course' {
  const course: import('./content/course').Course;
  export default course;
}
