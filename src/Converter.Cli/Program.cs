// Replaced by the real command tree in the next commit.
return 0;
