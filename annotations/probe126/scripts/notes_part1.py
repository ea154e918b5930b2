"""probe126 corpus notes, K01-K07 (hospital-at-home and remote patient monitoring; all invented)."""

K01 = {"patient_id": "K01", "age": 64, "sex": "F", "notes": [
("2019-02-11", "HaH Virtual Rounds - Day 2", """
Hospital@Home virtual rounds, day 2 (video, pt + son on tablet)
S: 64F on CAPD admitted to HaH yest for vol overload, 2.1 kg up on RPM scale over 4 days. Breathing better today. New c/o: "a hard sore bit on my tummy, left of the belly button" - first noticed about 10 days ago, now throbbing, can't tolerate waistband.
Pt does her own insulin (basal glargine at bedtime + mealtime lispro), says she has put every needle in the L lower quadrant since Oct 2018 "cos that side's easiest to see w/o my specs".
O (RPM overnight): BP 152/88, HR 84, SpO2 95% RA, wt 78.9 kg. On camera: dusky area LLQ, depth impossible to gauge via tablet cam.
A/P: 1) Volume - increase 2.5% bag x2. 2) LLQ skin lesion at injection zone - CP home visit today for hands-on look + photos. Hold injections into that spot. 3) T2DM - cont insulin, RPM glucometer.
BMI 33.0 on admit.
"""),
("2019-02-13", "Community Paramedic Home Visit", """
CP visit #2 for HaH team. Arrived 0940, pt seated in recliner.
Skin: L lower abdomen, 3 cm lateral to umbilicus - 3x2cm plum-coloured hardened plaque, black star-shaped centre ~8mm, net-like purple mottling at margin. Exquisitely tender, pt pulled away at light touch. Surrounding lipohypertrophy from years of injections. R side of abdomen clean. PD exit site R of midline, dry, no crust.
Pt: "it started on the 1st, I remember because it was my grandson's birthday".
Photos uploaded to HaH chart. Vitals: BP 148/86, HR 80, T 36.9.
Relayed to HaH MD by phone - plan derm e-consult + punch bx by NP tomorrow.
"""),
("2019-02-20", "Tele-Dermatology E-Consult Reply", """
E-consult reply - Dermatology
Question: necrotic plaque LLQ in PD pt, ?CUA
Reviewed photos (2/13) and the 4mm punch the HaH NP took from the plaque rim on 2/15. Histo: arteriolar medial Ca++ in subcut fat, luminal clot, necrotic adipocytes; vK stain lights up the Ca. Picture is diagnostic: calciphylaxis.
The plaque lies squarely within her habitual insulin zone, L lower abd; repeated needling at one site is a recognised trigger and I suspect it played a role here.
Recs: STS per nephrology, wound care w/ non-adherent dressing, relocate insulin jabs to posterior arms, analgesia. Wt 77.6, BMI now 32.4.
"""),
]}

K02 = {"patient_id": "K02", "age": 71, "sex": "M", "notes": [
("2020-12-10", "RPM Nurse Check-in (phone)", """
RPM RN call - flag for missed BP upload x2 days
Spoke w/ daughter (Renata), pt in bed. She says dad "has these awful black sores on both his shins, they popped up roughly 3 weeks ago and now he won't let the blanket touch them". He sleeps under an electric heat pad draped over his legs every night, on high, "ever since the fall when the furnace quit on us" - she thinks it is still on most nights.
Chart: ESKD, HD Tue-Thu-Sat in centre; on warfarin (afib), INR 2.4 last Weds; non-diabetic.
Advised unplug heating pad now. Escalated to HaH intake MD for same-day eval.
"""),
("2020-12-11", "Hospital at Home Admission H&P", """
HaH ADMISSION H&P
CC: painful leg wounds, poor pain control at home
HPI: 71M, ESKD - HD TTS thru L brachiocephalic AVF, paroxysmal AF on warfarin, HTN. Onset of shin lesions ~3 wk ago (approx 11/19), started as purple blotches, turned black in the last week. Uses a heating pad over the front of both lower legs nightly since the fall (furnace broke, house cold). Denies falls, knocks, insect bites. No fever.
Exam (CP-assisted video + in-home NP): bilateral anterior shins - multiple stellate eschars on a livedoid violaceous base, R 6x4cm, L 5x3cm, surrounding firm induration. Exquisite tenderness. DP pulses dopplerable both sides. Feet warm.
Height 175, weight 83.6 kg -> BMI 27.3.
A: necrotic shin lesions, bilat, in HD pt on warfarin in a heat-exposed area. High suspicion calciphylaxis.
P: punch bx at edge of L shin lesion by NP today; hold warfarin, bridge per cardiology; IV sodium thiosulfate w/ HD; hydromorphone low dose; remove heating pad from home.
"""),
("2020-12-15", "HaH Daily Virtual Round - Day 4", """
D4 HaH. Pt comfortable at rest, 4/10 pain w/ dressing change.
Bx result back: cutaneous calciphylaxis (von Kossa-positive calcium lining tiny fat-lobule vessels, some clotted). Pt and daughter informed on video.
Lesions both shins, stable size on photo today. Nephrology aware, STS 3x/wk with HD started 12/14. Warfarin stopped permanently, apixaban per cards.
Heating pad confirmed gone from the house (CP checked).
Vitals via RPM: BP 134/72, HR 71 irregular, SpO2 97%.
"""),
]}

K03 = {"patient_id": "K03", "age": 58, "sex": "F", "notes": [
("2022-08-16", "Community Paramedic Visit", """
Paramedic home visit, referral from HaH RN (pt c/o "burning stripe on my leg").
58F, HD MWF, indwelling Foley since urology procedure, d/c'd home 06/03/2022 w/ leg bag. Leg bag fastened w/ elastic strap around the right thigh, she says the strap has "always been too snug" and she never moves it.
Findings: R thigh, mid anterolateral - band-shaped purple-black area 9 x 2.5 cm lying exactly under the strap line, hard to touch, central dark crust. Pt states it first showed up 2 weeks ago as a red line then went dark.
Strap removed, leg bag re-secured to L calf w/ wide soft sleeve.
BP 161/90 HR 92 BG 188 (metformin stopped, now on linagliptin).
Photos to chart. Call to HaH MD.
"""),
("2022-08-18", "HaH Virtual Round", """
Virtual round - pt seen by video, CP present in home
PL: ESKD/HD Mon-Wed-Fri, T2DM (oral only, never on insulin), hx LLE DVT 2015 treated with warfarin, finished 2017. BMI 30 (ht 165, wt 81.7).
Thigh lesion reviewed on camera w/ CP holding light: R thigh strap-line plaque, firm, livedoid edge, ~1 cm eschar. Pain rated 8.
Differential: calciphylaxis versus pressure necrosis from strap. Strap pressure over 2 mo is a plausible trigger either way.
Plan: punch bx (NP visit 8/19), labs Ca/PO4/PTH drawn by CP today, sevelamer continue.
"""),
("2022-08-29", "Nephrology Telehealth Note", """
Renal telehealth f/u.
Bx 8/19: vessel walls in dermis + fat crusted w/ calcium, lumens clotted, fat necrotic. So: calciphylaxis, confirmed.
The lesion matches the band the leg-bag strap squeezed on her right thigh nonstop since early June; we regard the strap pressure as the local trigger.
PTH 812, PO4 7.1. Plan - sodium thiosulfate during HD runs, cinacalcet dose up, switch Ca-based binder, strap never to return to R thigh.
"""),
]}

K04 = {"patient_id": "K04", "age": 66, "sex": "M", "notes": [
("2021-01-06", "RPM Alert Review", """
RPM alert: temp 38.1 on home thermometer, pt pressed "unwell" button 07:12.
TC to pt. 66M ESKD, HD MWF thru R IJ tunnelled line, s/p open R radical nephrectomy on 9/14/2020 for RCC.
Says his scar "started going black" - the bottom end of the long cut on his right side. Noticed it on New Year's Eve because it hurt when he lay down to watch the fireworks. Worse since.
Denies cough, dysuria. Not diabetic.
Plan: HaH admission for eval, CP dispatched for blood cx + skin check.
"""),
("2021-01-08", "HaH Admission Note", """
HOSPITAL AT HOME - ADMIT
Reason: painful necrotic area in R flank surgical scar, low-grade fever.
Hx: on HD for 3 yrs (ESKD); R nephrectomy scar healed well by Oct per surgery clinic. No DM, no anticoagulants ever. Wt 79 kg, BMI 25.6.
In-home exam (NP): right flank, along the inferior third of the healed nephrectomy incision - 5x3cm firm violet plaque with 2 cm adherent black eschar; retiform purpuric border; exquisitely tender; dry, nothing fluctuant. Rest of scar intact.
Blood cx x2 drawn, CXR neg (portable).
Imp: necrosis within surgical scar - calciphylaxis? infected scar? tumour back? - sort out w/ bx + CT.
Plan: empiric doxy pending cx, punch bx at margin, CT A/P.
"""),
("2021-01-19", "HaH Daily Round - Day 11", """
D11. Afebrile x 8 days, blood cx no growth. CT: no local recurrence, no collection, extensive small vessel calcs in abdominal wall.
Bx: septal panniculitis with calcified arterioles and microthrombi, c/w calciphylaxis. ID agrees no infection; doxy stopped.
Site = R flank, within the nephrectomy scar. Plan STS with HD, wound RN visits q48h, pain controlled on current regimen.
"""),
("2021-02-02", "HaH Discharge Summary", """
Discharge from Hospital at Home program to routine outpatient care.
Dx: calciphylaxis, right flank, arising in the nephrectomy incision scar (surgery 9/14/20; lesion onset 12/31/20).
Course: STS w/ HD started 1/20; eschar stable, new granulation at edges. Pain 3/10.
Meds at d/c: oxycodone prn, sevelamer, cinacalcet, STS on HD days. No insulin. No warfarin.
F/u: wound clinic weekly, nephrology 2 wk.
"""),
]}

K05 = {"patient_id": "K05", "age": 77, "sex": "F", "notes": [
("2023-04-07", "RN Telemonitoring Check-in", """
Weekly telemonitoring check-in (video)
Pt (77F, HD Tu-Th-Sa; insulin-requiring T2DM, glargine into both thighs) showed me her L arm. Says: "I knocked it on the door frame on St Patrick's Day turning my walker, went all blue, and now there's this nasty black bit smack in the centre of the bruise that's so sore". Black bit started 9 days ago.
On video: L upper arm, outer aspect, purple-grey area size of a palm with dark centre. Could be old bruise + skin necrosis.
Glucose log avg 162. BP 128/70.
Sent to HaH MD queue - ?admit.
"""),
("2023-04-10", "HaH Admission H&P", """
Admitted to HaH from home.
77yo woman, ESKD from diabetic kidney disease; HD through R forearm fistula. Glargine 18 units each morning. Never anticoagulated. BMI 22.8.
HPI: Accidental trauma to the left upper arm 3/17/23 (walker vs door frame) w/ large ecchymosis. On 3/29 a sore darkening spot emerged inside the bruised zone and has enlarged.
Exam (NP in home): L lateral upper arm - 4x4cm hard retiform purpura, necrotic core 1.5cm; resolving yellow-green bruise around it. Very tender. Thighs = her insulin spots; bit of lipohypertrophy there, skin intact.
A: necrosing lesion where she was recently bumped, HD pt. Concern calciphylaxis.
P: punch bx, tele-derm consult, pain control.
"""),
("2023-04-14", "Tele-Dermatology Consult", """
Derm video consult + bx review.
Bx (4/11): calcified subcutaneous arterioles w/ thrombosis - calciphylaxis.
Lesion sits within the area bruised on 17 March against the door frame; the bump is the likely precipitant (Koebner-type). Note: thigh injection sites unaffected.
Recs: STS, local wound care (hydrogel, foam). No BP cuff on the L arm for now; R arm has the fistula, so renal to advise how RPM pressures get taken (? lower-limb cuff).
"""),
]}

K06 = {"patient_id": "K06", "age": 59, "sex": "M", "notes": [
("2024-09-09", "HaH Admission - Day 1", """
HaH admit from ED.
59M, ESKD, HD M/W/F (L forearm loop graft), obesity (wt 118 kg, BMI 36.1), no DM. New L popliteal DVT on US today.
Plan: enoxaparin SC once daily, weight-based + renally adjusted, starting tonight, wife Gloria taught by RN to give it - alternate left and right side of lower abdomen, 5 cm from navel. Cards/renal discussion re long-term agent.
RPM kit: BP cuff, pulse ox, scale. CP visit tomorrow a.m.
"""),
("2024-10-28", "RPM Nurse Call", """
RPM call - pt's pain score entered as 9 in app, called to check.
Wife on phone: "He's got dark sore patches either side of his tummy, right where I do the shots, they came up a week ago Monday". (= 10/21)
She is still giving the enox every night, alternating sides as shown.
Pt now also started on warfarin (bridging) on 10/14 per anticoag clinic, INR 1.8.
Booked urgent in-home NP visit tomorrow + photo upload.
"""),
("2024-11-04", "HaH NP Home Visit / Derm Discussion", """
NP home visit.
Lower abdomen: L and R of the umbilicus, 2 plaques, each ~4 x 3 cm, dusky violaceous with retiform edge and small black eschar, very tender; both within the enoxaparin injection areas. No lesions elsewhere.
Punch bx L plaque (10/29): subcutis vessels calcified and thrombosed = calciphylaxis, reviewed by derm on 11/1.
Plan: stop enoxaparin + warfarin, switch to apixaban (cards ok). STS with HD. Wife counselled - no more abdominal injections.
"""),
]}

K07 = {"patient_id": "K07", "age": 70, "sex": "F", "notes": [
("2025-06-16", "Community Paramedic Visit", """
CP visit (HaH referral) 1330.
70F on PD (nightly cycler). Diet-controlled T2DM. Not on blood thinners.
Pt has been icing her "bad knee" (OA) every evening since Easter with 2 gel packs out of the freezer, strapped on with a tea towel, ~45 min.
Now there's a darkened, really tender area across the front of it, started "the first week of June". Exam: 6 x 4 cm mottled purple plaque over the patella w/ 1 cm black centre, firm. No effusion. Other knee not examined (pt in compression wrap).
Vitals OK. Photos uploaded, MD notified.
"""),
("2025-06-19", "HaH Virtual Round", """
Video round w/ pt + CP.
Knee lesion (anterior, over patella): larger on today's photo, eschar now 1.5 cm. Pain 7/10 at night.
Wt 76.2, BMI 29.9 (ht 159.5) - overwt but below the obese range.
Ice packs applied nightly to the knee since Easter Sunday, stopped 6/16 per CP advice.
A: likely calciphylaxis at a cold-injury site in a PD pt. Bx at the knee not favoured (poor healing).
P: tele-derm today; PD adequacy, PTH; STS IV via HaH infusion nurse.
"""),
("2025-06-30", "Tele-Dermatology Note", """
Video consult, photos 6/16-6/27 reviewed.
Assessment: calciphylaxis, knee - a clinical dx - retiform purpura, stellate eschar, severe pain, PD, hyperphosphatemia (PO4 6.8). Biopsy deferred given location over the patella.
Onset early June 2025 at the exact area she has iced every evening since Easter; the cold exposure is the probable trigger.
Recs: STS continue, nothing cold or hot on that skin, gentle foam dressing.
"""),
]}

PATIENTS = [K01, K02, K03, K04, K05, K06, K07]
