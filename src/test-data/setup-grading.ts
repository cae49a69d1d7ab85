// The tests grade typed answers at once, as a lesson page does: the graders are loaded up front.
import '$lib/quiz/typed-graders';
