using System.Text;

namespace BriefingSite.Tests.Extract;

/// <summary>A CoNLL-2003 document: its sentences rebuilt as text and the PER, ORG and LOC names it holds.</summary>
internal sealed record ConllDocument(IReadOnlyList<string> Sentences, IReadOnlySet<(string Name, string Type)> Names)
{
    private static readonly HashSet<string> NoSpaceBefore = [".", ",", ";", ":", "!", "?", ")", "'s", "n't", "'", "%"];

    /// <summary>Reads "word POS chunk NER" lines; documents start at -DOCSTART-, sentences end at blank lines.</summary>
    public static IReadOnlyList<ConllDocument> Read(string path)
    {
        var documents = new List<ConllDocument>();
        var sentences = new List<string>();
        var names = new HashSet<(string, string)>();
        var words = new List<(string Word, string Tag)>();
        foreach (var line in File.ReadLines(path).Append(""))
        {
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                Flush(sentences, names, words);
                if (sentences.Count > 0)
                {
                    documents.Add(new ConllDocument(sentences, names));
                }

                sentences = [];
                names = [];
                continue;
            }

            var fields = line.Split(' ');
            if (fields.Length < 4)
            {
                Flush(sentences, names, words);
                continue;
            }

            words.Add((fields[0], fields[3]));
        }

        Flush(sentences, names, words);
        if (sentences.Count > 0)
        {
            documents.Add(new ConllDocument(sentences, names));
        }

        return documents;
    }

    private static void Flush(List<string> sentences, HashSet<(string, string)> names, List<(string Word, string Tag)> words)
    {
        if (words.Count == 0)
        {
            return;
        }

        var text = new StringBuilder();
        var name = new List<string>();
        var type = "";
        foreach (var (word, tag) in words)
        {
            if (text.Length > 0 && !NoSpaceBefore.Contains(word) && text[^1] != '(')
            {
                text.Append(' ');
            }

            text.Append(word);
            if (tag.StartsWith("B-", StringComparison.Ordinal) || tag == "O")
            {
                AddName(names, name, type);
                name.Clear();
            }

            if (tag != "O")
            {
                name.Add(word);
                type = tag[2..];
            }
        }

        AddName(names, name, type);
        sentences.Add(text.ToString());
        words.Clear();
    }

    private static void AddName(HashSet<(string, string)> names, List<string> name, string type)
    {
        if (name.Count > 0 && type is "PER" or "ORG" or "LOC")
        {
            names.Add((string.Join(' ', name), type));
        }
    }
}
