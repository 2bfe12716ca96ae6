-- wrk: each request carries one of the sessions listed in the file $COOKIES (one "SESSION=..." a line), in turn,
-- as many users logged in at once would.
local cookies = {}
for line in io.lines(os.getenv("COOKIES")) do
  cookies[#cookies + 1] = line
end
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", nil, { ["Cookie"] = cookies[(n % #cookies) + 1] })
end
