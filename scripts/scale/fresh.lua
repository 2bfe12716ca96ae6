-- A query string new at each request: the page is made again every time, as before the public pages were kept
-- (evaluation.web.PublicPageCache keeps a page per address). For the baseline of the kept page.
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", wrk.path .. "?fresh=" .. counter)
end
