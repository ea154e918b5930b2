"""probe244 corpus notes, X01-X07 (nephrology e-consults and curbside questions, plus the
dialysis, dermatology and wound notes around them; all people and places invented)."""

X01 = {"patient_id": "X01", "age": 58, "sex": "F", "notes": [
("2023-05-30", "E-Consult Request - Endocrinology to Nephrology", """
E-CONSULT REQUEST >> NEPHROLOGY
From: Priya Okonkwo-Lind, NP -- Endocrine clinic, Tamsworth Medical Center
Pt: 58 yo F. DM2 x 19 yr (glargine 34u qHS, lispro per scale). Kidneys: ESRD; her HD unit
is Cedar Bend (M-W-F).

Clinical question: is this calciphylaxis, and can she keep injecting into that thigh?

Background: at her 4/18/23 visit I found big lipohypertrophic pads on the belly, so from that
day she moved all her insulin injections to the R lateral thigh. Today she shows me a hard,
exquisitely tender purple patch, lateral R thigh, approx 6x4cm, dusky in the middle, which she
first felt about 2 weeks ago. Afebrile. A1c 8.1. Takes calcium acetate with meals. No anticoag,
never been on warfarin.
BMI 33.4 in clinic today.
Urgency: answer within 1-2 days pls.
"""),
("2023-05-31", "E-Consult Response - Nephrology", """
NEPHROLOGY E-CONSULT RESPONSE
Reviewed: HD run sheets, labs since January, med list, endo note from yesterday. I have not
examined her.

Data: iPTH 1380 / cCa 10.2 / phos 7.9 / alb 3.0 / spKt/V 1.31. Binder calcium acetate 1334mg
TID; calcitriol 1mcg each run. Weight 88.0kg -> BMI 33.1.

Assessment: tender violaceous plaque with a dusky centre on the R lateral thigh in an obese
diabetic woman on HD with phos near 8 and PTH >1000. I'm worried about calciphylaxis, and it lies
precisely over skin she has stuck with her insulin pens for ~6 wks.

Recs
1. Derm this week for a deep incisional bx (no shave bx).
2. No more injections in either thigh; switch to both upper arms meanwhile.
3. Calcium acetate -> sevelamer carbonate 1600mg TID; hold calcitriol.
4. I'll ask Cedar Bend to add a 4th weekly run.
Page renal fellow (x4471) if pain escalates.
"""),
("2023-06-09", "Dermatology Clinic Note", """
DERMATOLOGY -- RETURN VISIT
58 y/o woman first seen 2023-06-02 for the sore R thigh plaque; a 6 mm punch-to-fat and an
incisional wedge were taken that day.
Path (SP-23-4418): tiny panniculus vessels ringed by mural calcium, intimal
thickening, fibrin clot in lumens; von Kossa confirms. Dx: calciphylaxis.
Exam: R lateral thigh, stellate violaceous plaque 7x5cm, black eschar centrally (2 cm), livedo
around the rim. Arms, abdomen, L thigh: clear.
A/P: calciphylaxis, R lat thigh; it has come up just where the insulin was going in.
- IV sodium thiosulfate 25g on each dialysis day per nephrology
- calcium alginate + foam, no debridement for now
- from now on insulin only into the arms; she understands why
- weight today 87.6 kg
RTC 2 wk, sooner for fever or spreading redness.
"""),
]}

X02 = {"patient_id": "X02", "age": 66, "sex": "M", "notes": [
("2024-01-22", "Hemodialysis Rounding Note", """
HD ROUNDS -- Ferncliff Dialysis, chair 11, TTS second shift
66M, kidney failure from hypertensive nephrosclerosis; needles into a L brachiocephalic AVF.
Non-diabetic (A1c 5.2). Afib -- warfarin, INR kept 2-3.
Issue: in the final hour of most runs his L calf cramps. Since New Year's Day the staff
have been laying a cold pack on his L calf whenever it cramps, which he says helps a lot.
Tx review: 4 h, UF avg 3.6 L, IDWG 3.9 kg, standing BP 98/60 post.
Labs: PTH 690 (1/16) -- phos 6.8 mg/dL -- Ca 9.1 mg/dL; alb 3.4.
Plan
- EDW up 0.5 kg to 79.5
- cap UF rate at 10 mL/kg/h
- fluid counselling, goal 1.2 L/day
- if the calf skin ever changes colour, stop the cold packs (checked today: intact)
BMI 27.4.
C. Abernathy-Ruiz, MD
"""),
("2024-02-27", "E-Consult Request - Primary Care to Nephrology", """
E-consult question for Nephrology
Requesting: Tomas Lindqvist, DO, Kettle Creek Family Practice
66 yo man on HD (Ferncliff, Tue/Thu/Sat) who takes warfarin for AF. Seen today for a new and
very painful L calf patch (posterior, lower half), first noticed mid-February: net-like purple
mottling roughly 8 cm across, a 1.5cm black scab in the middle. Pedal pulses palpable, no
fever, no drainage. He cannot recall any injury. He does mention that the dialysis nurses still
put ice on that calf when it cramps.
Q1: should I be thinking calciphylaxis?
Q2: who biopsies this, and does he stay on warfarin meanwhile?
Thank you -- photo uploaded to media tab.
"""),
("2024-03-06", "E-Consult Response - Nephrology", """
Nephrology e-consult answer (chart review only; pt not seen by me)
Ferncliff flowsheets: a cold pack was applied to the L calf at nearly every treatment from 1/1/24
onward for cramping.
Labs today: PTH 744, corrected Ca 9.3, phos 7.2; INR 2.6.
Impression: L posterior calf retiform purpura, eschar in its centre, in a warfarin-treated man on
hemodialysis = calciphylaxis until proven otherwise. Note it is in the very spot that was iced
for two months.
Plan
1) Derm referral for a deep incisional biopsy (please, no superficial punch).
2) Unit told to stop all cold packs; use stretching and a lower UF rate instead.
3) Warfarin: ask cardiology whether apixaban (2.5mg BID) could replace it.
4) Cinacalcet 30mg daily; phos binder change to lanthanum.
Will follow the path result and reply on this thread.
"""),
("2024-03-20", "E-Consult Follow-up Reply - Nephrology", """
E-consult follow-up, re: L calf lesion
Dr Lindqvist -- update for your chart. Dermatology (Dr Haverkamp) biopsied the L posterior calf
on 3/12/24. Pathology: calcified septal arterioles plugged by thrombus, neighbouring fat necrotic; read as consistent with calciphylaxis.
Cardiology agreed: warfarin stopped 3/8, now on apixaban (2.5mg BID).
IV sodium thiosulfate 25g began at Ferncliff on 3/15, three times a week, last hour of each run.
Wound: eschar 4x3cm, dry; the surrounding livedo is less tender. Pain: gabapentin 100mg given
post-dialysis.
Dry weight now 78.9 kg.
Nothing else needed from you; I will keep following him at the unit.
"""),
]}

X03 = {"patient_id": "X03", "age": 71, "sex": "F", "notes": [
("2024-10-08", "Peritoneal Dialysis Clinic Note", """
PD CLINIC -- monthly visit, Wrenfield Home Dialysis
71F, ESRD from ADPKD, on the cycler (five 2-L night cycles) plus an icodextrin day dwell. DM
type 2 managed by diet alone. Never on warfarin.
Kt/V (weekly) 1.9. Catheter exit site looks good -- dry, no crusting, nontender.
New problem: since late August she has worn an elastic lumbar support belt for low back pain,
cinched very snug, from morning until bedtime. She points to a firm, violaceous, very tender
band-like plaque on the R flank running under the belt's bottom edge; she first saw it on
Wednesday, October 2.
Labs: PTH 520, cCa 10.0, phos 6.4 -- still taking calcium carbonate 1g three times daily.
BMI 31.6.
Plan: photos to chart; derm tomorrow for biopsy; swap her calcium carbonate for sevelamer;
leave the belt off until seen.
Nurse: L. Szabo-Fenwick, RN / Dr. Oyelaran
"""),
("2024-10-10", "E-Consult Request - Dermatology to Nephrology", """
E-consult to Nephrology from Dermatology (Anneliese Okafor, MD)
Saw your PD patient yesterday for a R flank plaque.
Exam: horizontal indurated violaceous plaque, 9x3 cm, containing two small dusky-black foci; it
traces the lower border of her lumbar belt. No twin lesion anywhere else on her trunk or legs.
Deep incisional biopsy taken 10/9. Rush read this morning: the fat is studded with calcified small
vessels, several thrombosed; von Kossa lights them up. This is calciphylaxis.
Questions for you:
(a) what PD prescription change do you recommend?
(b) can sodium thiosulfate be given to someone on PD, and by which route?
I will see her weekly for wound care.
"""),
("2024-10-11", "E-Consult Response - Nephrology", """
NEPHROLOGY E-CONSULT RESPONSE (answering Dr Okafor)
Agree: calciphylaxis of the R flank, confirmed on biopsy, which arose beneath the tight lower margin
of the lumbar belt she started wearing in late August.
Recs
- belt off for good; if ortho insists on support, a soft binder that does not touch the flank
- PD: add a second icodextrin exchange, raise CCPD fill to 2.2 L; recheck Kt/V in 4 wk
- STS 25g IV x3/week at our infusion suite by peripheral line, or intraperitoneal
  dosing if veins are poor -- I'll write the order set
- sevelamer 800mg with each meal, no calcium at all; start cinacalcet 30
- no vitamin K antagonists in future; apixaban if she ever needs anticoagulation
She knows to phone the home-dialysis nurses for fever, cloudy effluent or a new painful spot.
"""),
]}

X04 = {"patient_id": "X04", "age": 62, "sex": "M", "notes": [
("2020-08-17", "E-Consult - Hospital Medicine to Nephrology (with response)", """
E-CONSULT: Hospital Medicine -> Nephrology
Q (Raghav Menon-Ellis, MD, 6 West): 62M with ESRD, HD days T-Th-Sa, L radiocephalic
fistula; DM2 on linagliptin. MSSA bacteremia from a R great toe ulcer, toe amputated 8/10. ID wants
6 weeks of cefazolin. IR put a R basilic PICC in on 8/14, before anyone thought to ask renal.
OK to use it?

RESPONSE (Nephrology, same day): Please avoid PICCs in anyone with advanced CKD or ESRD -- they
thrombose and scar the veins we need for future access. Cefazolin can be dosed with HD
(2g / 2g / 3g after each run) through the circuit, so no line is needed. Please remove the R
arm PICC today and put "no PICC / no BP or sticks in either arm" on the alert banner.
Other: warfarin only for 6 mo in 2014 (provoked DVT), none since. BMI 24.9.
"""),
("2020-10-19", "Dermatology Consult", """
DERMATOLOGY CONSULT (outpatient), referred by renal
62M on HD. Painful spot, R inner upper arm, present since early October, right over the scar
where a PICC went in back in mid-August (pulled 3 days later).
Exam: adherent black eschar 3.5 cm, a rim of retiform purpura and firm induration around it,
R medial upper arm. Fistula in the L forearm with a good thrill. R foot amputation site healed.
Ddx: calciphylaxis favored; septic embolus (recent MSSA) possible; warfarin necrosis very
unlikely, no warfarin for 6 years.
Procedure: after lidocaine, two deep 6 mm punches reaching fat at the margin -- one to histology
(with von Kossa), one to micro for tissue culture. Pressure for hemostasis, petrolatum, gauze.
Plan: results by phone; nephrology e-consult thread updated.
"""),
("2020-10-27", "E-Consult Follow-up Reply - Nephrology", """
Nephrology reply to Dermatology -- e-consult follow-up
Thanks. Path from 10/19 (deep punch, R upper arm): septal arterioles mineralized in the media
(von Kossa +), some thrombosed; nothing grew on tissue culture.
So we are dealing with calciphylaxis at the old PICC insertion point, R upper arm.
Recs:
1. sodium thiosulfate 25g IV each TTS session, in the closing half hour to hour
2. stop calcitriol; cinacalcet from 30 up to 60mg; calcium acetate out, lanthanum in
3. lengthen treatments to 4.5 h
4. pain: hydromorphone 1mg PO, up to four doses a day; avoid morphine
5. no PICC or midline in either arm, ever -- now on the allergy/alert list
Wt 76 kg (BMI 24.9 unchanged).
"""),
]}

X05 = {"patient_id": "X05", "age": 54, "sex": "F", "notes": [
("2022-05-09", "Hemodialysis Monthly Progress Note", """
MONTHLY HD PROGRESS NOTE -- Bayview Renal Ctr, MWF 1st shift
54 F, lupus nephritis -> ESRD; in-center HD since 2017 (graft, R arm). Not diabetic.
No warfarin, no other anticoag.
Main issue: itch. Severe generalized pruritus, worst on the legs; she admits to scratching both
shins raw since around Easter. Exam: linear excoriations and crusts over both anterior shins;
skin otherwise unbroken, no purpura or livedo seen.
Labs: PTH 910, cCa 9.4, PO4 7.6 (diet recall: processed cheese most days). Kt/V 1.28.
Plan
- difelikefalin 0.5 mcg/kg after each run
- emollient BID, nails kept short
- renal dietitian for phos; sevelamer up to 2400mg with meals
- recheck ferritin / TSAT next month
BMI 36.2, class II obese.
"""),
("2022-07-05", "E-Consult Request - Wound Clinic to Nephrology", """
E-consult: Outpatient Wound Center -> Nephrology
From: Gwen Palucki, RN CWOCN, for Dr Hollis Brandt
54 F on HD sent by her PCP for leg wounds. Both anterior shins have stellate purple plaques with
black centres (left 5x4cm, right 3x3cm), pain 9/10, each ringed by livedo. She dates the plaques
to June; before that there were only scratch marks from her itching.
ABI right 1.05, left 1.10; triphasic DP signals on both sides.
Current dressing: silicone foam, changed every 3 days.
Q: Does nephrology agree this looks like calciphylaxis? Would you biopsy first, or start
treatment now? She is frightened of a biopsy on the shin.
"""),
("2022-07-08", "E-Consult Response - Nephrology", """
NEPHROLOGY E-CONSULT -- ANSWER
Reviewed wound photos (7/5), Bayview labs, meds.
Impression: calciphylaxis, clinical diagnosis -- painful retiform purpura with central necrosis on
both shins; she has class II obesity, dialyzes three times weekly, runs phosphorus of 7-8 and a PTH
around 900, and this arose on skin she had been excoriating for weeks. I would not hold treatment
for a biopsy; on the anterior shin a biopsy can itself start a new ulcer.
Recs
1) STS 25g IV at Bayview, Mon/Wed/Fri, beginning with her next run
2) sevelamer only, zero calcium; cinacalcet 30
3) itch control so the scratching stops: difelikefalin to full dose, add gabapentin 100mg post-HD
4) pain plan with palliative care; referral sent
5) wound center to continue moist dressings, no sharp debridement
Wt 97.4 kg on last run.
"""),
]}

X06 = {"patient_id": "X06", "age": 69, "sex": "M", "notes": [
("2023-03-01", "E-Consult Request - Internal Medicine to Nephrology", """
E-CONSULT REQUEST (Internal Medicine -> Renal)
Requesting clinician: Marguerite Osei, PA-C, Hollowell Internal Medicine
69 y/o M; ESRD (hemodialysis, M/W/F mornings); DM2 using NPH insulin twice a day; mechanical aortic valve,
so warfarin with an INR target of 2.5-3.5.
On 3 Feb 2023 our walk-in clinic treated a UTI with ceftriaxone 1g IM, the nurse gave it in his
R gluteal UOQ. Since Feb 20th he has a hard, purple, very tender area at that same spot, now
~7 cm, greyish and dusky at its centre. Afebrile, WBC 7.9. Soft-tissue US 2/27: no fluid
collection.
Question: injection abscess, or something dialysis-related? He can hardly sit.
Please advise on next steps and whether he should come in before Friday's run.
"""),
("2023-03-02", "E-Consult Response - Nephrology", """
Renal e-consult response
Labs: PTH 1020 (2/27 HD draw) -- phos 7.1 mg/dL -- Ca 9.7 mg/dL; albumin 2.9. Calcitriol 0.5 mcg with HD. INR 3.1.
Assessment: indurated violaceous plaque, dusky in the centre, where an IM shot went in four weeks
ago, and the ultrasound shows no collection. Calciphylaxis heads my differential (warfarin,
diabetes, PTH >1000, low albumin); sterile injection abscess or warfarin-induced skin necrosis
are less likely.
Recs
1. urgent derm for a deep wedge biopsy -- coordinate the INR with cardiology first
2. no more IM injections, anywhere
3. hold calcitriol, start cinacalcet 30mg
4. warfarin cannot stop (mechanical valve); aim for an INR near 2.5
5. pressure-relief cushion for sitting
BMI 28.9.
"""),
("2023-03-14", "Wound Clinic Note", """
WOUND CLINIC -- Hollowell Regional
Path 3/7/23 (wedge, R buttock): calciphylaxis. Subcutaneous arterioles: medial calcium,
thrombi; fat lobules necrotic. Gram stain/culture negative.
Exam: necrotic plaque 8x6cm over the R upper outer buttock, eschar 3 cm in the middle, no
fluctuance, no odor; livedo extends toward the lateral hip. Opposite buttock and sacral skin fine.
Impression: calciphylaxis of the right buttock at the site of his ceftriaxone IM injection.
Plan
- renal started STS (25g IV, each HD) on 3/10
- hydrofiber + bordered foam, change q48h
- alternating-pressure seat cushion; side-lying when resting
- RTC 1 week
Wt 90.1 kg.
"""),
]}

X07 = {"patient_id": "X07", "age": 47, "sex": "F", "notes": [
("2023-02-06", "E-Consult Request - Gastroenterology to Nephrology", """
E-consult request -- to Nephrology from GI (Saoirse Delacroix-Mbeki, MD)
47F, ESRD (IgA nephropathy), HD T/Th/S at Pell Street; IBS-D with crampy lower abdominal pain.
Most nights since Christmas, she says, she has dozed off hugging a hot-water bottle to the belly. Since
January 30 there is an extremely tender, hard, purplish plaque across the lower abdomen, about
10x6 cm, sitting on a lacy brown-red background. No fever, stool pattern unchanged.
PMH: prediabetes (last A1c 6.0, untreated), hypertension. Anticoagulant: apixaban after a PE in
2020; never on warfarin.
Q: calciphylaxis, or only erythema ab igne? Would appreciate an answer this week.
"""),
("2023-02-07", "E-Consult Response - Nephrology", """
Response -- Nephrology (chart review, not examined)
Labs 2/2: PTH 600; cCa 9.9; phos 6.1; albumin 3.5. Calcium carbonate 1g TID with meals.
Impression: the reticulated brown-red background fits erythema ab igne from weeks of heat, but
a hard, exquisitely tender purple plaque in a dialysis patient raises concern for calciphylaxis
developing in that heat-damaged skin. We need tissue.
Recs
1. derm for an incisional biopsy, ideally this week
2. from today, keep any source of heat -- bottle, pad, wrap -- off the abdomen
3. change calcium carbonate to sevelamer, 800mg with meals
4. for IBS pain: GI to consider dicyclomine or low-dose TCA instead of heat
BMI 29.6 (overweight). Reply with path and I'll outline treatment.
"""),
("2023-02-21", "Dermatology Clinic Note", """
Derm f/u -- Okonjo Skin Clinic
Biopsy 2/10/2023, lower abdomen: thrombosed, calcified small vessels throughout the panniculus,
necrotic fat around them; the upper dermis has the look of erythema ab igne.
Final dx: calciphylaxis.
Exam: lower abdominal plaque now 11x7cm, central eschar 2 cm, lying inside the mottled heat
pattern at the exact place the hot-water bottle used to rest.
A/P: lower abdominal calciphylaxis -- it grew in skin she heated night after night.
- STS with HD per renal (began 2/16)
- hydrocolloid off; calcium alginate + gauze, change daily
- pain: gabapentin 100mg after dialysis; tramadol prn
- she threw the hot-water bottle away
Return 2 wk.
"""),
]}

PATIENTS = [X01, X02, X03, X04, X05, X06, X07]
