"""probe209 corpus notes, E01-E07 (patient and caregiver diaries, symptom logs, clinician replies
and the clinic notes around them; all people, places and wording invented)."""

E01 = {"patient_id": "E01", "age": 63, "sex": "F", "notes": [
("2022-04-28", "Patient Diary (portal upload)", """
MY SUGAR + PD DIARY -- wk of 4/18/22 -- Rosalind Threlkeld
Dr Okafor started me on the Lantus pen on March 3rd, 18 units at bedtime. The PD nurse
taught me to give it in my thighs and take turns L and R.

Mon 4/18  FBS 188  Lantus 18u L thigh  4 bags, UF +620  wt 88.9
Tue 4/19  FBS 201  18u R thigh  UF +540
Wed 4/20  FBS 176  L thigh  UF +700, ankles puffy
Thu 4/21  FBS 169  R thigh  BP 152/88
Fri 4/22  FBS 210  L thigh -- found a hard, sore knot on the outer side of
          that left thigh, roughly where Wednesday's shot went. purplish. burns
Sat 4/23  only did R thigh. knot bigger, skin going dark in the middle
Mon 4/25  cant sleep on my L side, wearing loose pants
Wed 4/27  knot looks like a black scab now, plum sized. sending pics w/ this
"""),
("2022-04-29", "Portal Message Reply - Home PD RN", """
Hi Rosalind,

Thank you for the diary and the photos. Dr. Okafor and I went over them together this
morning. The dark, hard spot on your outer left thigh sits in the same place you
have been giving your Lantus since March, and in someone on dialysis we worry about a
condition called calciphylaxis (calcium building up in the tiny vessels of the skin).

For now:
- no more shots in the left thigh; use your belly until we see you
- wash it gently, pat it dry, and please no heating pad there
- dermatology is booked for Tues 5/3 at 1:40 pm, 2nd floor

Bring the PD log and every pill bottle. A fever, pus, or cloudy PD fluid = ring the unit
straight away at ext 4471, day or night.

Marisol Quent, RN -- Home PD Program, Halvergate Kidney Centre
"""),
("2022-05-13", "Dermatology Clinic Note", """
DERMATOLOGY -- f/u, biopsy result
63F on CCPD (kidney failure from diabetic nephropathy); T2DM, glargine begun 03/2022.
Husband with her.

Seen 5/3: L lateral thigh plaque 5.5x4cm, woody, violaceous, central black eschar,
retiform edge, exquisitely TTP. Two punch bx from the edge that visit.
Path S22-10874: subcutis shows calcified small vessels, clot in lumina, fatty necrosis;
vK stain confirms the calcium => calciphylaxis.

Today: eschar unchanged, new 1 cm satellite purpura just below. Pain 7/10.
BP 144/80  P 84  88.1kg, BMI 33.1
5/10 -- iPTH 540 (high), albumin 3.1 (low); serum calcium 9.9 with phos 6.8

Imp/plan: bx-proven calciphylaxis, outer aspect L thigh, arising at her rotating insulin
injection sites.
- sodium thiosulfate w/ PD per nephrology; calcium carbonate -> sevelamer
- wound care referral placed
- insulin to abdomen only, keep off the L thigh
No anticoagulants, never on warfarin.
"""),
]}

E02 = {"patient_id": "E02", "age": 58, "sex": "M", "notes": [
("2023-11-20", "Caregiver Log (spouse), scanned", """
PD / HOME LOG for Dennis Halloran -- kept by Carla (wife)

Nov 13 Mon  cycler 10 L overnight, drains fine. wt 79.6  BP 138/76
Nov 14      wt 79.9. warfarin 5 mg, INR clinic phoned: 2.6
Nov 16 Thu  Aranesp shot today, back of R arm as usual. We have done it there every
            other Thursday since he started the shots in September.
            The purple patch on his right arm (there since early Nov) stings when I
            touch anywhere close to it.
Nov 18      purple patch darker, middle feels woody. He won't sleep on that side now.
Nov 19 Sun  pain 8/10 at night, the tylenol does nothing. took a photo for the nurse.

Questions for PD nurse:
 - could the warfarin be doing this??
 - next shot due 11/30 - same place or not?
"""),
("2023-11-21", "PD Nurse Telephone Note", """
Telephone encounter -- Peritoneal Dialysis Unit

Called wife (Carla) back about the log uploaded yesterday. Pt has a painful violaceous patch
on the R arm since early November that now has a firm dark centre. Afebrile per wife, no
drainage, no streaking. INR 2.6 on 11/14. Cycler runs going well, effluent clear, no
abdominal pain.

Advised: hold the next darbepoetin dose until he is examined; do not rub or massage the
area; acetaminophen, no more than 3 grams in 24 h. Reviewed signs of infection.

D/w Dr. Vasquez-Lind, who would like dermatology to examine him within the week -> appt
11/28 with Dr. Abernathy, 10:15. Wife repeated the plan back and will bring the paper log
and the photo.

K. Oduya, RN
"""),
("2023-11-28", "Dermatology Consult", """
DERM CONSULT    requested by: Dr. Vasquez-Lind (nephrology)

58 y/o M; IgA nephropathy, kidney failure, cycler PD from 2021 on. Not diabetic. AF,
anticoagulated with warfarin.
Meds: warfarin, darbepoetin alfa, calcium acetate, calcitriol, metoprolol.

Exam: R posterior upper arm -- stellate retiform purpura 7x5cm around a central necrotic
eschar of 2.5 cm, livedo beyond it, marked tenderness. Trunk, thighs and legs clear.
T 36.9  BP 132/74  HR 88 irreg  BMI 28.4
PTH 1020 on 11/20, with calcium 10.2 and phosphorus 7.4

Procedure: two deep punch bx from the purpuric margin, sutured, tolerated well.

Addendum 01-Dec-2023, path: calcific uremic arteriolopathy (calciphylaxis) -- calcium
rings round the arterioles of the fat; thrombus occludes a handful.

Plan: stop calcium acetate and calcitriol; STS 3x/wk arranged by nephrology; cardiology
to review warfarin -> apixaban; wound clinic; pain plan w/ palliative.
"""),
]}

E03 = {"patient_id": "E03", "age": 71, "sex": "F", "notes": [
("2024-02-12", "Patient Symptom Diary (written by daughter)", """
Mom's symptom diary -- written by Lena for Mrs. Ida Brankovic

Jan 1 (New Year's Day): sciatica bad again down the L side. Started tucking the rubber
hot water bottle in against her left buttock in bed, every single night, kettle-filled.
Jan 15: dialysis M/W/F like always. foot cramps on Wed.
Jan 24: pain down leg a bit better, kept the bottle going anyway.
Tue Feb 6: after dialysis said her left bottom cheek burns, "like sitting in nettles".
I saw a blotchy purple patch as wide as my hand.
Feb 9: patch harder, she won't sit on that side of the sofa. still using the bottle at
night for the sciatica.
Feb 12: middle of the patch has gone a dark grey. Will show the dialysis nurse Wednesday.

Sugars (diet only, no tablets): 128, 141, 135.
"""),
("2024-02-14", "Hemodialysis Unit Nursing Note", """
HD RN note -- chair 12, Westmarch Dialysis
Pre: BP 168/84  HR 80  T 36.6  weight 74.2 (dry wt 72.5)  UF goal 1.8 L

Pt c/o pain L buttock; daughter brought a handwritten symptom diary. Inspected behind
privacy screen: L buttock ~9x7cm mottled violaceous patch with a 2 cm dusky grey
centre, very TTP, skin unbroken, no drainage. Diary says: since 1/1/24, nightly, the rubber bottle, freshly filled, pressed to that same buttock.

Gel cushion to chair, pt turned toward R for the run. Dr. Hallstrom informed at rounds ->
wound clinic referral sent. Pt + daughter instructed: the hot water bottle goes away now.
Post: BP 142/78  wt 72.6 kg. Tolerated tx, needle sites held 10 min.
"""),
("2024-02-27", "Wound Care Clinic Note", """
WOUND CENTER -- new pt
71F; ESRD, dialyzes Mon-Wed-Fri; T2DM on diet alone; HTN. Referred for L buttock wound.

HPI: pain + discoloration L buttock began about 3 weeks ago, now w/ black eschar. Had been
using a hot water bottle against that exact spot nightly for sciatica since New Year's;
stopped 2/14.

Exam: L upper outer buttock, retiform purpura 8.5x6.0cm, adherent eschar 3.2x2.4cm
within it, no fluctuance, no odour. Pedal pulses palpable.
Ht 157 cm  Wt 73.9 kg  BMI 30.0

Impression: picture strongly suggests calciphylaxis, sited where the hot water bottle lay; thermal burn less likely given how it evolved.
Plan: 6mm punch from the periphery today. Nothing sharp to the eschar until path is
back. Foam border dressing, offloading cushion, turn schedule reviewed with daughter.
"""),
("2024-03-08", "Nephrology Clinic Note", """
Nephrology f/u -- Dr. L. Hallstrom

Bx 02/27/2024 L buttock: calcium in arteriolar media, thickened intima, occlusive
thrombi in the fat -- calciphylaxis. Explained to pt and daughter:
the diagnosis is calciphylaxis, and it arose where she kept the hot water bottle.

3/4 bloods: PTH 610 high; haemoglobin 10.1; calcium a touch high-normal at 9.4;
phosphate 6.9 (poor binder adherence?); albumin 3.4
Meds: sevelamer with each meal, amlodipine. No insulin and no oral agents for sugar
(A1c 6.6, diet-controlled). Not anticoagulated.
Weighed 73.6 kg; BMI 30.0 again.

Plan:
1. STS 25g IV, hung as each HD session winds down
2. bath Ca 2.0 mEq; cinacalcet to begin
3. weekly wound clinic; pain service referral
4. she is to keep heat and cold off her skin entirely -- daughter agrees
"""),
]}

E04 = {"patient_id": "E04", "age": 66, "sex": "M", "notes": [
("2021-09-02", "Caregiver Symptom Log (son)", """
Dad's log (Walter Pryce) -- kept by Evan
Dialysis Tue/Thu/Sat at Riverbend.

Aug 24  pre-HD wt 81.0, post 78.9. very tired.
Aug 26  cramping both calves on the machine, they stopped UF early.
Aug 28  home BP 101/60 after the run, dizzy standing up.
Aug 31  Dad finally showed me the spot under the pad of his hernia truss, right groin.
        Black crusty patch ~2 inches, red-purple skin round it, really painful. He says
        it started mid-August. He has worn that truss every day since May, when the
        surgeon put off fixing the hernia.
Sep 1   hurts more with the truss on. left it off today.

Q: should he stop the truss for good? who needs to look at this?
"""),
("2021-09-03", "Patient Portal Reply - Nephrology NP", """
Hi Evan and Walter,

Thanks for the detailed log. A painful black patch with purple skin around it, in someone
on dialysis, needs to be looked at soon -- please don't wait for the monthly visit. I've
booked Walter with Dr. Saltonstall in dermatology on Friday 9/10 and told the unit.

Until then: leave the truss off as long as the hernia stays soft and goes back in when he
lies down. If the bulge turns hard or painful or won't go back, go to the ED. No creams or
heat on the patch; a dry gauze over it is fine.

About the low pressures after runs -- I've asked the unit to raise his target weight by
half a kilo.

Priya Vennamaneni, NP -- Nephrology
"""),
("2021-09-10", "Dermatology Clinic Note", """
DERMATOLOGY
CC: painful R groin sore

66M, hemodialysis since 2017 for hypertensive nephrosclerosis. No diabetes. Took warfarin
2015-2018 after a provoked DVT, none since. Reducible R inguinal hernia, repair deferred;
wears a spring truss daily since May 2021.

Exam: R inguinal crease -- necrotic eschar 5x3.5cm, violaceous retiform rim, lying right
under the truss pad; induration 2 cm beyond. No other skin lesions.
BP 118/70  BMI 26.2

Incisional bx today; final path 9/14 added: calciphylaxis (calcified subcutaneous
arterioles, fibrin thrombi).

Assessment: calciphylaxis in the right groin, where the truss pad has pressed daily.
Plan: stop the truss; surgery to revisit repair; STS with HD; wound care; palliative for
pain.
"""),
]}

E05 = {"patient_id": "E05", "age": 52, "sex": "F", "notes": [
("2019-07-05", "Patient Diary - PD exchanges and symptoms", """
PD DIARY  J. Okonkwo-Ferris
(new on PD. tube put in 5/14/19, comes out my L lower belly)

6/29 Sat  4 exchanges 1.5%, all clear, UF 450. cleaned exit site + new tape, no redness
6/30      UF 380, BP 136/82, wt 101.2
7/1       ok day, walked to the corner shop
7/2 Tue   pain a little left of the tube, low on my belly -- hard red-purple lump
          under the skin about an inch across. did exchanges anyway
7/3       lump bigger, lacy net pattern around it. 2 of 4 drains slow
7/4       skipped the fireworks, hurt too much to walk far. took 1 tramadol
7/5       spot has a dark middle now. calling the PD nurse Monday
"""),
("2019-07-09", "PD Clinic Note", """
PD CLINIC -- urgent add-on
52F, ESRD (FSGS), on CAPD since training 6/3/19. Tenckhoff catheter placed
laparoscopically 2019-05-14, L paramedian lower abdomen. No DM. Not on anticoagulation.

Brings diary: since 7/2 painful nodule lateral to the exit site.
Exam: exit site pristine; tunnel nontender. 2-3 cm lateral to it on the L lower
abdominal wall: violaceous plaque 4x4cm, firm, livedoid net, central necrosis of 1 cm.
Wt 100.8 kg  BMI 36.8 (class II obesity)  BP 140/86
Effluent clear, WBC 12
Ca 10.4 (on calcium carbonate)  P 7.9  PTH 388

Impression: concern for calciphylaxis; tunnel or exit-site infection seems unlikely.
Plan: derm to see today, US of the tunnel, stop calcium carbonate, keep dwells as is.
"""),
("2019-07-16", "Dermatology Note", """
DERMATOLOGY -- result visit

Punch bx x2 (4 mm) taken 7/9/19, L lower abdomen: dense calcium crusting the small
vessels in the panniculus, plus thrombi, septal panniculitis.
Diagnosis: calciphylaxis.

Today: plaque 5x4.5cm, eschar 1.5cm (centre); livedo creeping umbilicus-ward. Tunnel ultrasound 7/10 unremarkable.
Went through the diagnosis with pt and her partner; written information given, questions
answered.

Plan: PD team gives STS IV at her clinic visits; hydrocolloid dressing, no sharp
debridement; gabapentin 100 mg after exchanges for pain (renal dosing); derm/wound
review weekly. She will keep her diary going -- very useful.
"""),
]}

E06 = {"patient_id": "E06", "age": 77, "sex": "M", "notes": [
("2020-10-15", "Patient Diary (handwritten, copied by HD unit clerk)", """
Hector Almaraz -- my notebook for the kidney people

Sat Oct 3  car door got my right shin, hard, as I climbed out in the dialysis lot. skin
           scraped, bled a good while (blood thinner). tech cleaned it up.
Mon Oct 5  HD ok. sugar 156 before lunch, Novolog 6 units in the stomach
Wed Oct 7  scrape scabbing over. INR 3.1
Sat Oct 10 tired after HD, slept all afternoon
Wed Oct 14 right shin now has a black spot bigger than a quarter with purple all around,
           pain bad, worse at night. even the bedsheet on it hurts
Thu Oct 15 Lantus 18 units in the belly at bedtime like always. shin throbbing. will
           show Dr E tomorrow
"""),
("2020-10-16", "HD Unit Physician Rounding Note", """
HD rounds -- Dr. M. Ekwueme
77M, ESRD from DKD, dialyzing Mon/Wed/Fri by left arm fistula; T2DM, glargine plus
lispro; mechanical MVR -> warfarin, INR kept between two and a half and three and a half.

Pt says his R front shin turned dark and sore on Wednesday.
Exam: black eschar R anterior shin, 3x2.5cm, inside a 4 cm violaceous retiform border;
calf soft, DP faintly palpable.
VS: 152/70  HR 72  afebrile  wt 76.4 (EDW 75.5)  BMI 24.9
10/12: Ca 9.1, P 6.2, PTH 702, INR 3.1

A: necrotic R shin lesion -- ddx calciphylaxis (warfarin, ESRD, DM), arterial ulcer,
venous stasis ulcer.
P: ABIs, derm referral this week, warfarin continues (mechanical valve), wound RN to
dress at each run.
"""),
("2020-10-23", "Dermatology Consult Follow-up", """
DERMATOLOGY -- consult f/u
Reason: R leg necrotic ulcer, ?calciphylaxis

77M, HD, DM on insulin, warfarin for a mechanical valve. ABI 10/19 noncompressible
(medial calcification).
Exam: mid-third of R anterior shin, black eschar 3.5x3cm, stuck down, ringed by
indurated purpura with a net-like edge, very tender. L leg clear.

Punch (4 mm) from the margin, taken when I first saw him 10/19: calcium-lined
arterioles deep in the fat, clots, necrotic fat lobules. Fits calciphylaxis.

Dx: right shin calciphylaxis, confirmed on biopsy.
Plan: thiosulfate (25g) each dialysis day; cardiology aware -- the valve means warfarin
stays; leave the eschar intact, no debridement; palliative to help with pain; see in
2 wks.
"""),
]}

E07 = {"patient_id": "E07", "age": 69, "sex": "F", "notes": [
("2022-12-29", "Caregiver Symptom Log (daughter), portal upload", """
Symptom log for Mom (Beatrix Holloway) -- kept by Nell

Thanksgiving Day: Mom's left shoulder bursitis flared up after she insisted on carving.
Started cold packs (blue gel pack from the freezer, tea-towel wrapped) on the L
shoulder 3 or 4 x a day. Kept that up all through December.
Dec 12: dialysis ran long, BP 96/58 at the end.
Dec 20: cold pack still helps the shoulder, she says.
Christmas Day: she winced pulling on her cardigan -- found a purple, blotchy, hard patch
behind her L shoulder. Very tender to touch.
Dec 27: patch darker in the centre. No fever. Stopped the cold packs.
Dec 28: pain 7/10, can't lift the arm to brush her hair.

What should we do? She dialyzes again Friday.
"""),
("2022-12-30", "Portal Reply - Nephrology", """
Dear Nell,

I'm sorry your mother is hurting, and thank you for such a clear log. A new hard, purple,
very tender patch of skin in someone on dialysis can be calciphylaxis, and the fact that it
came up exactly where the cold packs were going makes me want dermatology to look soon.
I've asked the Friday dialysis nurse to examine it and sent an urgent derm referral; their
office will ring you with a date in early January.

No more cold or heat on that shoulder, please. Acetaminophen up to 3 g a day is fine. If
she gets a fever or the area starts to drain, bring her to the ED.

Warm regards,
Dr. Ingrid Solberg-Amadi, Nephrology
"""),
("2023-01-10", "Dermatology Clinic Note", """
DERMATOLOGY NEW PT
69F, ADPKD with kidney failure, hemodialysis Tue-Thu-Sat; not diabetic. No anticoagulation.
PMH: L subacromial bursitis, obesity, HTN.

HPI: per daughter's log, cold packs to the L shoulder several times daily from
Thanksgiving (11/24/22); painful plaque first noticed 12/25/22 under the area where the
packs sat.
Exam: L posterior shoulder, violaceous plaque 6x5cm, firm, edge retiform, eschar
about 1.5cm midplaque. No other lesions.
BP 150/88  HR 78  Wt 84.3 kg  BMI 31.5

Two punches taken at the 1/3/23 visit; path: calcium-encrusted arterioles deep in the
fat, lumina thrombosed -- calciphylaxis.
Assessment: calciphylaxis, left shoulder, confined to where the cold packs were applied.
Plan: STS, low-Ca dialysate, stop calcitriol; gentle wound care; PT for ROM without
pressure on the plaque.
"""),
]}

PATIENTS = [E01, E02, E03, E04, E05, E06, E07]
