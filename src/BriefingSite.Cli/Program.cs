using BriefingSite.Cli;

return Commands.Create().Parse(args).Invoke();
