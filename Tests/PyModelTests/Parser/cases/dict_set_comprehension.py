{k: v for k, v in d.items()}
{x for x in s if x}
{k: [v for v in vs] for k, vs in m}
