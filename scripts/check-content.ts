// `npx tsx scripts/check-content.ts`: validates course/ and quizzes/ and prints every problem, file by file.
import { ContentError, loadCourse } from '../src/content/load';
import { quizQuestions } from '../src/content/quizQuestions';
import { repoRoot } from './paths';

try {
  const course = loadCourse(repoRoot);
  const questions = Object.values(course.quizzes).reduce((n, quiz) => n + quizQuestions(quiz).length, 0);
  console.log(`Content is valid: ${course.pages.length} pages, ${Object.keys(course.quizzes).length} quizzes, ${questions} quiz items.`);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}
