package sv

// FunctionWords are the most frequent Swedish function words, lowercase and
// space-separated: language identification counts them.
const FunctionWords = "och att det som en är på för med av inte till den har om de ett var men sig efter också"
