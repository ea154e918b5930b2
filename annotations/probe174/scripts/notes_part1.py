"""probe174 corpus notes, F01-F07 (street medicine, shelter clinics, outreach vans and the clinics around them; all invented)."""

F01 = {"patient_id": "F01", "age": 52, "sex": "F", "notes": [
("2022-01-05", "Street Psychiatry Outreach Note", """
STREET PSYCHIATRY OUTREACH -- FIELD NOTE
Team: psychiatrist, RN, peer specialist (Odalys). Where: Millrace encampment, tent next to
the footbridge (pt calls it "the blue palace").

ID: 52 yo woman, unsheltered ~4 yrs, schizophrenia, ESRD -- gets her HD Tues/Thurs/Sat over at Quarry
Hill (unit SW says she makes about 2 of every 3 runs), HTN. No DM. Never been on
any blood thinner.
Pt more settled than last wk. Hears voices "talking over the radio," denies command AH,
denies SI/HI. In tent x3 nights, eats from the Tuesday church van.
Oral risperidone lost or tossed repeatedly -> nonadherent.

Discussed risks/benefits/alternatives of a long-acting injectable, pt agrees.
PROCEDURE: haloperidol decanoate 100 mg IM, R dorsogluteal (upper outer quadrant), given
by RN today 1/5/22, 21G 1.5" needle, Z-track technique. No bleeding, tol well. Lot # on MAR.
Pt asks that every future shot go on the right side "cuz the left is the side I sleep on."

MSE: unkempt, three coats layered, fair eye contact, tangential, insight poor.
Plan:
- haloperidol dec q4wk in the field, same side per pt request
- benztropine 1 mg PRN EPS, 14 day supply
- peer to walk her to HD Thurs
- team back at the camp 2/2/22
"""),
("2022-04-20", "Mobile Health Unit Medical Visit", """
MOBILE HEALTH UNIT -- VAN 2 -- MEDICAL VISIT
Parked Millrace lot off Cedar Ave. Seen with peer specialist.

CC: "my butt is on fire"
HPI: 52F, ESRD on HD (TTS), schizophrenia on monthly haloperidol decanoate (last dose
4/13 by the street psych team). Very painful spot on her R buttock that came up ~3 wks
ago, began as a hard knot, then "went purple and now it's black in the middle". Can't sit,
some nights sleeping upright against a light pole. Denies fevers. Missed 2 HD runs this wk.

VS: BP 172/98, HR 96, T 37.4, SpO2 97% RA. Wt not obtained (no scale on the van).
Exam: R upper-outer buttock has a 6x5 cm indurated, exquisitely tendr violaceous plaque,
retiform at its border, 2 cm black eschar centrally. No fluctuance, drainage or crepitus.
Thick hyperkeratotic soles, no other open areas.
A/P: necrotic painful plaque R buttock in an HD pt -- worry for calciphylaxis vs abscess
vs injection-site necrosis. Covered w/ nonadherent pad + ABD.
Called Ferrow Co ED charge RN, pt agrees to go by van transport now. Derm c/s requested.
Street psych notified: HOLD next LAI until derm has seen her.
"""),
("2022-05-03", "Dermatology Consult", """
DERMATOLOGY CONSULT -- FERROW COUNTY MED CTR
Asked to see by: hospitalist team, re R buttock necrosis in a hemodialysis pt.

HPI: 52 y/o woman experiencing homelessness, ESRD on HD, schizophrenia. Painful R buttock
lesion since late March (about 3/30/22) per the outreach van note. Punch bx from the
active edge 4/22.
Path S22-4471: subcutaneous small vessels with mural calcium, thrombosed capillaries,
lobular fat necrosis; mural calcium confirmed on von Kossa. Pathologist's diagnosis: calciphylaxis.

Exam: R buttock, upper outer, 7x6 cm stellate eschar, violaceous retiform rim. Thighs,
abdomen and breasts clear.
Ht 163 cm, Wt 87.9 kg => BMI 33.1.
Labs: Ca/Phos/PTH 9.6 / 7.9 / 812, albumin 2.9.

Assessment: biopsy-proven calciphylaxis, R buttock, sitting directly over the spot where
she has had haloperidol decanoate IM every 4 weeks since January. The repeated
intramuscular injections there are the likely local trigger.

Recs:
1. thiosulfate 25 g IV, Quarry Hill to hang it toward the tail end of her dialysis sessions
2. future LAI into the deltoid only, not gluteal (discussed with street psychiatry)
3. wound: collagenase + foam; sharp debridement deferred
4. nephrology: binder, cinacalcet
5. palliative care c/s for pain
"""),
]}

F02 = {"patient_id": "F02", "age": 61, "sex": "M", "notes": [
("2019-11-12", "Street Medicine Encampment Visit", """
STREET MED ROUNDS -- RIVERBEND CAMP (under Hollis St bridge)
Provider: NP + 2 med students. In field 14:10.

S: 61 yo M known to team. T2DM on glargine (keeps pens in a cooler, runs out), ESRD with
no regular chair -- emergency-only HD at Ferrow Co ED when K is high or he gets SOB (not
eligible for scheduled dialysis). Last emergent run 11/6.
Since it got cold this fall he sits every night with his legs pulled right up against a
little propane "buddy heater" in the tent. "Keeps me alive out here."
Injects insulin in his belly, says his glucometer broke.

O: BP 158/90 HR 84. FSBG 263.
Both anterior shins: mottled red-brown lacy net pattern, warm, nontender, skin unbroken,
no blisters. Trace pitting edema bilat.
Pens: 1 half used glargine, zero pen needles -> gave 30.

A:
1. erythema ab igne of both shins from the propane heater. Talked about distance, gave a
thermal blanket + 2 pr wool socks. Fire and CO safety reviewed, CO alarm from donation bin.
2. DM2, uncontrolled
3. ESRD on emergency-only HD -- CM working on emergency Medicaid / compassionate HD list

P: f/u 2 wks, replace glucometer from van stock.
"""),
("2020-01-21", "ED Provider Note", """
FERROW COUNTY MED CTR -- EMERGENCY DEPT PROVIDER NOTE
CC: leg sores + short of breath

HPI: 61M ESRD on emergency-only hemodialysis, T2DM on insulin, sent in by street medicine
w/ dyspnea and exquisitely painful black sores over both shins. Says they began on New Year's
Day as "purple bruises" that hurt "like a knife" and then turned black. No falls. Still
running the propane heater in the tent every night.

ROS: + orthopnea, + leg pain, no fever.
PE: T 36.9 HR 102 BP 181/104 RR 22 SpO2 91% RA -> 2 L NC.
Ht 170 cm, Wt 79.5 kg; BMI (kg/m2) 27.5.
Crackles both bases. Both anterior shins: several stellate black eschars 1-4 cm sitting in
a net of old reticulated brownish pigment, violaceous induration around them, very tender.
L shin worse than R.
Labs: K 6.4, BUN 118, Cr 11.2, Ca 8.9, Phos 8.6, WBC 9.8.

MDM: fluid overload + hyperkalemia -> emergent HD tonight, admit.
Leg lesions: calciphylaxis suspected vs infected thermal burns vs vasculitis.
Derm consult in AM, wound RN, no abx unless infection declares itself.
"""),
("2020-02-04", "Dermatology Inpatient Follow-up", """
DERMATOLOGY FOLLOW-UP (inpatient, hospital day 14)
Punch bx L anterior shin 1/23/2020: calcium deposited along the walls of little dermal and
subcutaneous vessels, intimal hyperplasia, thrombi. DX: calciphylaxis.

Interval: thiosulfate 25 g after each run, 3 runs/wk (he gets scheduled HD while admitted).
Pain better on scheduled PO hydromorphone.
Exam: eschars on both shins same size, rims less dusky, no new lesions.
Body mass index 27.2 kg/m2 (wt 78.6 kg).

Impression: calciphylaxis of both anterior lower legs, onset New Year's Day 2020, arising
inside the erythema ab igne where he has held his shins against a propane heater since
last fall. Chronic heat injury to those shins is what most likely set it off there.
Plan:
- keep STS going with dialysis; wound care BID
- NO heat source against the skin. SW + street med looking for a shelter bed with heat
  (pt willing to try Kestrel St)
- outpatient derm 4 wks
- glargine 14 u qHS, shelter RN to hold his pens
"""),
]}

F03 = {"patient_id": "F03", "age": 58, "sex": "M", "notes": [
("2021-06-08", "Outreach Van Night Run Note", """
OUTREACH VAN 1 -- NIGHT RUN NOTE (21:40)
Location: doorway of the closed bank at 4th & Alder.

58M, new to van. Evicted from his rented room in May 2021; since then he sleeps on
flattened cardboard on the concrete, always on his LEFT side ("right shoulder is shot, I
can't lay on it"). HD M/W/F at Ashgrove Dialysis, says he hasn't missed. Takes warfarin
for a-fib, "they check my INR at the coumadin clinic when I make it over there".
PMH: ESRD 2/2 HTN/DM, DM2 (linagliptin, no insulin), AF, R rotator cuff tear.

C/o aching L hip at night, worst when he wakes up.
VS: BP 146/88, HR 78 irreg, T 36.6.
Skin: over the L greater trochanter a 5 cm patch of blanching pink erythema with thick
callused skin, intact, nothing open. Sacrum intact.
Est wt 74 kg / ht 175 cm by pt report -> BMI ~24.

Plan:
- closed-cell foam sleeping pad + 2 blankets, encouraged switching sides
- coordinated entry assessment done (VI-SPDAT 11), housing navigator referral
- reminded to get INR this week
- van back Thurs
"""),
("2021-09-01", "Nephrology HD Rounding Note", """
ASHGROVE DIALYSIS -- NEPHROLOGY ROUNDS
Chair 14, second shift. ESRD; M-W-F runs, L upper arm AVF.

S: New, very painful area on his left lateral hip since mid-August, "burns and stabs", can't
get comfortable at night. No fevers. Still unsheltered.
Meds reviewed: warfarin 5 daily (last INR 2.7), linagliptin, sevelamer 2 tabs with meals,
cinacalcet 30, calcitriol per the unit vitamin D protocol.

O: pre-HD BP 152/84, post wt 73.1 kg (EDW 73.0).
Skin: L lateral hip 8x6 cm retiform purpura, its middle turned black (eschar ~15 mm);
indurated, exquisitely TTP. No drainage.
Labs 8/30: corr Ca 10.2 | PO4 7.3 | CaxP 74 | iPTH 1,104 | albumin 3.1 | Hb 9.8.

A/P:
- painful necrotic L hip lesion; worried this is calciphylaxis (warfarin, high CaxP, high PTH).
  Stop calcitriol. Derm referral marked urgent; needs a punch bx.
- if bx positive: STS with HD, get him off warfarin
- binder review; cinacalcet up to 60 mg
"""),
("2021-09-20", "Dermatology Clinic Note", """
DERMATOLOGY CLINIC -- FCMC Dept of Dermatology
Return visit, biopsy results.

58-year-old unhoused man on hemodialysis for ESRD; AF, takes warfarin.
Lesion: L lateral hip, onset mid Aug 2021.
Bx 9/7/21 (incisional, from the margin): calciphylaxis -- calcified vessel walls, fibrin
thrombi in the lumens, septal and lobular panniculitis, necrotic fat. Tissue cx: nothing grew.

Exam: at the L lateral hip, eschar 3x2 cm inside a violaceous retiform plaque of 9x7 cm.
No other lesions. Wt 71.7 kg, height 175 cm, BMI 23.4.

Dx: biopsy-proven calciphylaxis, left lateral hip.
Plan:
- sodium thiosulfate 25 g each HD (orders faxed to Ashgrove)
- warfarin to be swapped for apixaban 2.5 per cards/nephrology
- wound: silicone foam dressing, daily look by the street med team; no hydrocolloid
- pain: gabapentin 100 post-dialysis only
- RTC 4 wks
"""),
]}

F04 = {"patient_id": "F04", "age": 47, "sex": "F", "notes": [
("2019-10-03", "ED Provider Note", """
ED NOTE -- FERROW COUNTY MEDICAL CENTER
47F from the Lantern House family shelter w/ painful swelling of R outer thigh x 4 days.
PMH: ESRD on PD (CCPD overnight; the shelter lets her keep the cycler in the family room),
T2DM on insulin (lispro + detemir, she injects her abdomen), HTN, obesity. No anticoagulant.

Exam: temp 38.1, pulse 104, BP 138/80. BMI=38.2.
R lateral thigh, middle third: 5x4 cm fluctuant, red, tender abscess, pointing 1 cm
in the center. PD exit site clean, pt says effluent clear.

PROCEDURE: I&D, R lateral thigh abscess, 10/3/19
Consent. Chlorhexidine prep, 1% lidocaine local. 2 cm linear incision, approx 8 mL of pus
out, loculations broken up bluntly, irrigated, packed w/ 1/4 inch iodoform. Cx sent. Minimal
blood loss. Tolerated well.

A/P: R thigh abscess s/p I&D, probable MRSA. Doxy 100 twice a day for one week. Packing out
at the shelter clinic in 48-72 h. Return for fever or spreading redness.
"""),
("2019-10-10", "Shelter Clinic Nursing Note", """
LANTERN HOUSE SHELTER CLINIC -- RN WOUND CHECK
Seen in clinic room B. Packing pulled 10/5 by this RN; today 1 wk f/u.
Wound cx grew MRSA, sensitive to doxy. Still taking doxycycline, 3 days left, no GI upset.
R lateral thigh I&D site: 1.5 cm open, pink granulation, no pus, scant serous, the
surrounding redness is gone. Dry gauze + paper tape.
FSBG 188 this AM (took detemir last night). PD going okay, she does her own exchanges,
says the cycler alarms "a lot" when the kids bump the line.
Reviewed hygiene: no sharing razors or towels, laundry voucher given, bleach wipes for
the family room.
VS: T 36.8 HR 88 BP 132/78.
Plan: RN recheck 1 wk, sooner if red/hot/draining. Pt verbalized understanding.
"""),
("2019-12-09", "Wound Care Clinic Note", """
OUTPATIENT WOUND CENTER -- INITIAL VISIT
Sent over by her PD nurse. 47F, peritoneal dialysis for ESRD, insulin-requiring DM2, BMI 37.9.

Hx: R lateral thigh abscess I&D'd in the ED on 10/3/19, closed by early November per
the shelter RN. Since Thanksgiving a hard purple area that hurts terribly began AT the old
I&D scar and has been spreading out from it; black in the middle now.
Punch bx 12/2/19 (derm): calciphylaxis.

Exam: R lateral thigh, 9x7 cm violaceous plaque, indurated, with an adherent black eschar of
3x2 cm sitting on the previous incision line, livedo at the margins. Pain 9/10.
Labs (PD clinic): PTH 640; calcium 9.9; PO4 6.8; albumin 3.0.

Assessment: calciphylaxis, right lateral thigh, arising in the I&D incision scar
(skin trauma 10/3/19, onset around Thanksgiving 2019).
Plan: no sharp debridement now; medical-grade honey + foam, weekly visits.
Nephrology: STS infusions Mon/Wed/Fri in the home-dialysis unit; stop calcium carbonate.
"""),
]}

F05 = {"patient_id": "F05", "age": 66, "sex": "M", "notes": [
("2024-06-11", "ED Provider Note", """
ED PROVIDER NOTE
66M BIBA after an assault at the Greyline transit center, where he sleeps on a bench. Two
men kicked him repeatedly in the right side while he lay there, around 0200 today. No LOC.
PMH: alcohol use disorder (6-8 beers/d), alcohol-related cirrhosis (Child A), provoked L
leg DVT 4/2024 on warfarin, HTN. Normal kidney function. Not diabetic.
Home meds: warfarin 5 mg qd, thiamine, folic acid.
VS: HR 98, BP 142/86, T 36.7, RR 18, SpO2 97%.
Exam: R flank with a 10x7 cm tender ecchymosis and a few superficial abrasions, no
crepitus. Abdomen soft. No other injuries found.
Labs: INR 3.4, Hgb 12.1, Cr 0.8, AST 88, ALT 41, EtOH 142.
CT chest/abd/pelvis: no fractures, no solid organ injury, no retroperitoneal bleed.
Dx: contusion of the R flank after assault. Supratherapeutic INR.
Plan: skip 1 dose of warfarin, INR recheck by street medicine in 3 days. Acetaminophen
(max 2 g/day). Police report offered -- declined. Shelter bed list given.
"""),
("2024-07-15", "Street Medicine Van Note", """
STREET MED VAN -- GREYLINE TRANSIT CTR STOP
66M, known to us. INR 6/14 was 2.4.
C/o "a hard black patch on my right side that won't quit hurting" x 3 wks. Thinks "a
spider got me on that bench." Not sure what started it. Cut down to 3-4 beers/day.
VS: BP 138/82 HR 90 T 37.0.
Skin: R flank, just lateral to the costal margin, 6x4 cm firm purple-black stellate
plaque with a livedoid net at the edges, very TTP. No fluctuance, no drainage.
A: painful necrotic plaque R flank. Thinking about: necrosis from the warfarin itself;
non-uremic calciphylaxis (warfarin + liver disease); necrotizing infection
less likely (afebrile).
P: to FCMC ED by van transport, called ahead to derm on call, pt agrees.
Naloxone kit + sock/hygiene kit given.
"""),
("2024-07-18", "Dermatology Consult", """
DERM INPATIENT CONSULT
66M; kidneys fine (creatinine has run 0.7-0.9), EtOH cirrhosis, DVT on warfarin.
Lesion: R flank, onset around 6/24/2024 per outreach team.
Exam: retiform purpuric plaque 7x5 cm, eschar in its center, R flank at the lateral costal
margin. No other skin findings.
Punch bx x2 (7/16): the subcutaneous fat shows small vessels that are
calcified and thrombosed (von Kossa +); vasculitis absent. Protein C and S levels normal.
Impression: calciphylaxis (non-uremic), right flank. Risk factors: warfarin, alcoholic liver
disease, low albumin (2.6).
Recs: warfarin off, apixaban on (5 mg twice a day); thiosulfate 25 g IV on M/W/F while
inpatient; wound care nursing; nutrition consult; medical respite referral on discharge.
"""),
("2024-08-20", "Medical Respite Progress Note", """
MEDICAL RESPITE -- HARBORVIEW HOUSE -- PROGRESS NOTE
Respite day 28. Dx: non-uremic calciphylaxis R flank.
Sober 4 wks per pt, going to the AA meeting in the chapel. STS via home infusion 3x/wk
through a L arm midline. Apixaban, no missed doses on the med log.
Wound: R flank now 5.5x3.5 cm; the eschar is starting to lift around its rim, ~20%
granulation at the margin. Pain 4/10 on acetaminophen + gabapentin.
Wt 66.3 kg, Ht 174 cm, BMI 21.9. Eating 2 full meals/day.
Plan: continue STS; collagenase to the eschar edges, bordered foam over it; CM applying
for SSI; housing voucher still pending.
"""),
]}

F06 = {"patient_id": "F06", "age": 55, "sex": "M", "notes": [
("2018-04-02", "Shelter Clinic Visit", """
ST. BRENDAN'S NIGHT SHELTER -- HEALTH CARE FOR THE HOMELESS CLINIC
55M, ESRD on HD TTS at Quarry Hill, T2DM on insulin, HTN, severe obesity.
Down from 148 kg to 138 kg since Jan (poor appetite, lost his EBT card). The donated jeans
he got are 3 sizes too big; since March he has been holding them up with a piece of
nylon rope tied very tight around his waist, low, under the belly.
Insulin: NPH 20 u BID given by the shelter RN, he takes it in the thighs ("belly's too big
to find a spot").
VS: BP 150/92 HR 80. Wt 138 kg, ht 178 cm -> BMI 43.6.
Skin: deep red groove across the lower abdomen under the pannus where the rope sits, skin
intact; candidal intertrigo in the pannus fold.
Plan: nystatin powder BID; clothing closet referral for elastic-waist pants or
suspenders; RN asked him to loosen the rope; dietitian f/u next Tues.
"""),
("2018-05-22", "ED Note", """
EMERGENCY DEPARTMENT NOTE
55M, dialysis-dependent ESRD, insulin-treated T2DM, here with severe lower belly pain. Pt says
black crusted sores came up across his lower abdomen starting 05/19/2018 and keep spreading.
Pain 10/10. Missed HD Saturday.
Exam: T 37.2 HR 110 BP 168/95. Large pannus. Infraumbilical band of many black eschars,
1-3 cm each, with livedo racemosa around them and woody induration. No crepitus.
Labs: potassium 5.9; calcium 10.4; phosphate 8.1; WBC 11.4; lactate 1.6.
CT A/P: no soft tissue gas.
A: necrotic lower abdominal lesions in ESRD -- calciphylaxis; nec fasc much less likely
(CT without gas). Admit to medicine, HD in AM, derm + gen surg consults.
"""),
("2018-06-05", "Nephrology Clinic Note", """
NEPHROLOGY POST-DISCHARGE CLINIC
Dx: calciphylaxis, lower abdomen and pannus, proven on punch bx 5/24/18 (calcified
arterioles, thrombi, fat necrosis). Onset 5/19/2018.
The lesions form a horizontal band exactly along the line where he had been cinching the
rope belt around his belly since March -- pressure from the rope is the likely trigger.
Now wearing suspenders from the clothing closet, rope thrown away.
Meds: thiosulfate 25 g with every dialysis, cinacalcet 60 mg, sevelamer, NPH insulin
(thighs, given by shelter RN), hydromorphone 1 mg PO q6h if needed.
BMI: 41.0 (wt 130 kg).
Plan: STS x 3 months; PTH goal 150-300; parathyroidectomy eval if refractory; wound
clinic weekly, shelter RN to check dressing nightly.
"""),
]}

F07 = {"patient_id": "F07", "age": 49, "sex": "F", "notes": [
("2023-01-03", "Winter Warming Run Note", """
WINTER WARMING RUN -- VAN 2 -- CODE BLUE NIGHT (wind chill -14)
49F, living in a tent near Canal Rd, refuses shelter ("too many people").
ESRD on HD MWF at Ashgrove, DM2 handled with diet (A1c 6.3% in the fall, no pills), HTN.
She has been keeping the air-activated hand warmer packets we hand out stuffed inside her
bra against her right breast every night since Christmas -- "the only warm spot I got".
Asking for more.
VS: T 36.2 oral, HR 92, BP 160/94.
Skin: hands and feet, no frostbite. Chest not examined (pt declined, outdoors, cold).
Counseling: never put warmers directly on skin, keep them over a layer of clothing.
Given: 0-degree sleeping bag, 10 pairs of hand warmers, hat, mittens.
Offered a ride to the warming center -> declined. Van will check on her Thursday.
"""),
("2023-02-07", "Shelter Clinic Provider Note", """
KESTREL STREET SHELTER CLINIC -- PROVIDER NOTE
49F, now staying at Kestrel St (moved in 1/20 after the ice storm).
CC: painful lump in the right breast. Started sometime in January, "like a bruise that
went hard". Constant, 8/10.
PMH: ESRD on HD MWF, diabetes (diet only), HTN, obesity.
Vitals 156/90, pulse 88, 36.9 C. Weight 96.5 kg on the shelter scale, height 162.5 cm,
BMI 36.5.
Breast exam, RN chaperone: R breast, lower outer quadrant -- violaceous retiform induration
6x4 cm, the center dusky and grayish over about 1 cm, very tender. No nipple discharge.
L breast normal. No axillary nodes.
A: painful indurated plaque R breast with early necrosis -- ddx calciphylaxis, fat necrosis,
inflammatory breast cancer (less likely).
P: urgent diagnostic breast imaging + derm/breast surgery referral, van transport set up.
"""),
("2023-02-21", "Dermatology and Breast Surgery Note", """
DERMATOLOGY -- JOINT VISIT WITH BREAST SURGERY
Diagnostic mammo/US 2/10: skin thickening, dermal vascular calcifications, no mass.
Punch bx R breast 2/14/23: calcified dermal and subcutaneous vessels, some thrombosed,
fat necrosis nearby -> calciphylaxis.
Onset Jan 2023. Today the plaque in the lower outer R breast is 7x5 cm, eschar now 2 cm.
Comment: the lesion is at the exact place where she kept chemical hand warmers against her
R breast from 12/25/2022 on; repeated heat to fatty breast tissue is a likely local trigger.
Plan:
- STS with HD (orders to Ashgrove)
- no hand warmers against the skin
- collagenase + bordered foam, shelter RN to change every other day
- BMI 36.4, dietitian
- palliative care for pain
"""),
]}

PATIENTS = [F01, F02, F03, F04, F05, F06, F07]
