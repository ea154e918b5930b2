"""probe20 corpus notes, T08-T14 (clinic letters and ward notes from outside the US; all invented)."""

T08 = {"patient_id": "T08", "age": 61, "sex": "F", "notes": [
("2025-03-10", "Polyclinic Referral Memo", """
Kembangan Polyclinic - Referral Memo
Date: 10/03/2025
To: Renal Medicine SOC
Re: Mdm Tan Bee Lian, 61/F, Chinese

Dear Dr,
Kindly review this patient with ESRF on CAPD (on follow-up at your SOC) who presents with a painful right flank wound.
Pt says she bought new pants for Chinese New Year and has worn them nearly every day since CNY; the waistband is quite tight ("very tight one, but nice colour"). Around 3 weeks ago a painful lump came up at the R side of the waist exactly where the band presses, now with black skin in the middle.
O/E: R flank at waistband level - 4 x 3 cm purplish indurated plaque with 1 cm central necrotic eschar, livedo around. Tenckhoff exit site (L lower abdomen) clean.
PMHx: ESRF on CAPD since 2021, T2DM on insulin (Mixtard 16u BD), HLD, HTN. BMI 27.6 - obese by Asian criteria.
Impression: ?calciphylaxis  ?infected pressure sore
Thank you.
Dr Lim Wei Ling, Family Physician
"""),
("2025-03-14", "Renal SOC Note", """
Renal SOC  14/3/25
61F CAPD, DM on insulin. Ref from poly for R flank wound.
Hx: tight waistband trousers since CNY (29/1) -> R flank lesion from ~17/2.
o/e R flank 5x3cm necrotic plaque, eschar, retiform purpura at edges. No other lesions; L flank normal.
Ca 2.38  PO4 2.6  iPTH 78 pmol/L
Imp: Calciphylaxis likely (clinically), localised to pressure from waistband
Plan: - admit for punch bx + STS
      - loose clothing only
      - PD Rx review, stop calcium carbonate
      - Wt 64 kg
"""),
("2025-03-21", "Dermatology Inpatient Review", """
Derm inpatient review (Ward 9A)  21 Mar 2025
Punch bx R flank (17/3): septal and lobular panniculitis w/ calcified small vessel walls, thrombi, von Kossa positive -> calciphylaxis confirmed.
Distribution: solitary lesion at R flank matching the tight waistband of her CNY pants -> Koebner phenomenon likely.
BMI 27.4, central obesity.
Recs: wound care (hydrogel + foam), loose elastic-free clothes, gabapentin renally dosed 100 mg ON for pain, continue STS.
"""),
]}

T09 = {"patient_id": "T09", "age": 59, "sex": "M", "notes": [
("2018-10-15", "Diabetes Specialist Nurse Review", """
Diabetes Specialist Nurse clinic - Inverbrae Health Centre
Mon 15 Oct 2018
Mr Alasdair Rennie, 59. Type 1 diabetes since age 14, basal-bolus (Levemir + NovoRapid). On haemodialysis at the Inverbrae unit since 2016.
Injection technique reviewed: he uses his right thigh for every injection, both insulins, "the left leg has never had a needle in it". Lipohypertrophy R lateral thigh, advised rotation within the right thigh and onto the abdomen.
He also mentioned a hard, sore patch on his LEFT inner thigh for about ten days - not an injection site. Skin there looks dusky. Asked him to see the GP this week; message sent to the renal team too.
HbA1c 61. Wt 101 kg.
"""),
("2018-10-23", "Renal Clinic Note", """
Renal clinic 23/10/18   SpR Dr Fraser
59M, ESRD (diabetic nephropathy), HD MWF, T1DM, mechanical MVR on warfarin (INR target 3.0)
c/o painful L) medial thigh lesion since early Oct
o/e L) medial thigh 8x6cm stellate purpura + 3cm black eschar, v tender. R) thigh: lipohypertrophy only, no purpura, no ulcers.
Ix: Ca 2.55, PO4 2.4, PTH 112, ALP 190
Imp: ?calciphylaxis - warfarin + DM + obese
Plan: urgent derm bx, stop Ca carbonate, cinacalcet, d/w cardiology re anticoag
"""),
("2018-11-02", "Dermatology Letter", """
Dermatology Department, Royal Strathmore Infirmary
2 November 2018

Dear Dr Fraser,

Alasdair RENNIE, 59, CHI 0204593311

Diagnosis: calciphylaxis, left medial thigh, confirmed histologically.

The biopsy I took from the left medial thigh on 25th October shows heavily calcified subcutaneous arterioles, some thrombosed, in a bed of necrotic fat. That is diagnostic.

As for a local trigger, he injects only into the right thigh and never the left, and he denies any knock, heat or pressure to the left leg; the right thigh shows lipohypertrophy but no sign of calciphylaxis. I could therefore find no trauma at the affected site.

Today he weighs 103 kg, BMI 32.2. Warfarin is the main modifiable risk here; the cardiologists are considering whether he can move to an alternative despite the valve.

Yours sincerely,
Dr Morag Kinnear, Consultant Dermatologist
"""),
]}

T10 = {"patient_id": "T10", "age": 69, "sex": "F", "notes": [
("2024-07-08", "Dialysis Unit Nursing Note", """
Satellite HD unit - chair 6, Tues 08/07/24
Pt Mrs Beverley Acton on for 4.5 hr run via R AVF, no issues with needling. Pre wt 121.4 kg.
Pt c/o pain ++ under her tummy fold, says "like a burn but worse" for about a week. Looked with pt consent - lower abdominal pannus has purple net-like patches either side of the midline with a dark hard centre on the left. Not on any injections into her tummy - daughter gives her insulin into her upper arms.
Also using a heat pack on her lower back most evenings for sciatica, "only ever on my back".
Nephrologist Dr Papadakis informed, to see pt on the floor today.
"""),
("2024-07-15", "Renal Registrar Note", """
Renal reg ward note  15/07/24
69F, ESKD on HD (TTS), T2DM on insulin (Protaphane into upper arms by daughter), morbid obesity BMI 44.6, OSA on CPAP.
Adm from dialysis with painful pannus lesions.
O/E: lower abdo pannus - L) 9x6cm necrotic plaque with eschar, R) 5x4cm violaceous indurated plaque w/ livedo. Lower back: mild erythema from heat pack, no plaque, no ulcer. Upper arms: intact.
Imp: Calciphylaxis very likely - classic central (adipose) distribution
Plan: punch bx today (L pannus edge), STS post HD, stop calcium, wound nurse, heat pack to stop as a precaution
"""),
("2024-07-30", "Discharge Summary", """
Coastal Regional Hospital - Discharge Summary
Patient: Beverley ACTON, 69 F
Admission: 15/07/2024 - 30/07/2024

Diagnosis: calciphylaxis of the abdominal pannus (histologically proven)

Course: punch biopsy 15/07 confirmed calciphylaxis (calcified subcutaneous arterioles, microthrombi). Pannus ulceration treated with regular sodium thiosulfate post dialysis, cinacalcet and wound care. No trauma at the pannus was identified: insulin is only given into the upper arms and the heat pack was only used on the lower back, where the skin is intact.
BMI 44.1 on discharge. Insulin doses unchanged.
GP please: repeat Ca/PO4 at dialysis in 1/52; follow up in renal clinic 4/52.
"""),
]}

T11 = {"patient_id": "T11", "age": 55, "sex": "M", "notes": [
("2020-06-10", "Nephrology OPD Note", """
Nephrology OPD    10.06.2020
Mr. Joseph Varghese, 55 yrs / Male
ESRD on MHD thrice weekly (via R IJV permcath), HTN, prediabetes (HbA1c 6.1, no meds). Not on any anticoagulant.
C/o painful swelling over left shin since 2nd June. No h/o injury, no injections at that site, no hot fomentation. No fever.
O/E: L shin anterior aspect 3 x 3 cm tender subcutaneous nodule with violaceous overlying skin, mottled purple margin. R leg normal. Wt 61 kg, BMI 22.
Labs: Ca 9.8, Phos 8.1, PTH 890.
Impression: ?calciphylaxis  ?erythema nodosum  ?cellulitis
Plan: Derm ref for biopsy, sevelamer, avoid Ca-based binder, review 1 wk.
"""),
("2020-06-24", "Casualty Note", """
Casualty   24/06/2020   22:10
55/M, known ESRD on MHD, under Nephro (L shin lesion under evaluation).
Alleged h/o slip while getting down from an autorickshaw on 20/6, L shin struck the metal footboard.
O/E: conscious, oriented. L shin - abrasion 2 x 1 cm over the pre-existing lesion, which now shows central black discolouration 1.5 cm, surrounding livedo. No bony tenderness. X-ray L leg: no fracture.
Tx: wound wash, dressing, Inj TT given R deltoid, T. Paracetamol.
Adv: review Nephro OPD
"""),
("2020-07-03", "Dermatology Note", """
Dermatology OPD   03/07/2020
55M HD pt. Punch biopsy L shin (26/06/20): calcium in arteriolar media (subcutis), thrombi, fat necrosis -> CALCIPHYLAXIS.
Note: lesion present since 02/06/2020. Fall with shin abrasion on 20/06/2020 happened almost three weeks later - injury did not precede the lesion, though it may have worsened the necrosis. Pt and wife again deny any earlier trauma to the leg.
Plan: STS with HD, cinacalcet, wound care, analgesia. Avoid further trauma to legs. Review 2 wks.
"""),
]}

T12 = {"patient_id": "T12", "age": 63, "sex": "F", "notes": [
("2019-08-13", "GP Consultation", """
Kowhai Medical Centre - GP consult  13/08/2019
Mrs Aroha Ngata, 63
PD patient (APD at night, managed by the home dialysis team). T2DM diet controlled. BMI 34.
Painful lump on R buttock that came up a fortnight ago. Describes it as "like a bad bruise that's gone hard". No falls, no injections anywhere near it, no boils before. Since the Saturday after it started she's been holding a freezer cold pack against it for the pain.
O/E R upper outer buttock: 5 cm indurated purple area with black scabbing centrally. Exquisitely tender to light touch.
Imp: ?abscess vs ?calciphylaxis. No fluctuance to drain.
Plan: rang renal reg on call - to be seen in renal day unit tomorrow. Stop cold pack until seen.
"""),
("2019-08-14", "Renal Day Unit Note", """
Renal day unit - reg review 14/8/19
63F APD, T2DM, obese.
R) buttock: 6x5cm necrotic plaque w/ black eschar, livedoid border. Onset ~30/7.
Procedure: 4mm punch bx from plaque edge under LA, tape + dressing applied. Pt tolerated.
Plan: await histo, wound nurse to dress, cold pack to be stopped, discuss STS with Dr Whaanga.
"""),
("2019-09-04", "Renal Clinic Letter", """
Renal Clinic, Waitemoana Hospital
4 September 2019

Dear Dr Harland,

Re: Aroha NGATA, NHI LPQ3392

Histology of the right buttock biopsy confirms calciphylaxis. Sharp debridement of the eschar was done on 27/08 by the wound care team, and she is now on STS infusions thrice weekly.

With regard to cause, there was no injury to the buttock beforehand. The cold pack, biopsy, debridement and dressings all came after the lesion appeared.

Her diabetes is no longer controlled on diet alone and she started insulin (glargine 10 units nocte) last week. Weight 92 kg, BMI 34.3.

Nga mihi,
Dr Tama Whaanga, Nephrologist
"""),
]}

T13 = {"patient_id": "T13", "age": 48, "sex": "M", "notes": [
("2023-02-06", "Emergency Department Note", """
ED - Kallang General Hospital  06/02/23 09:15
48M Malay, ESRF on HD 3x/wk (Bedok North dialysis centre), HTN, obesity (BMI 38).
C/o painful thighs x 2/52, now "skin turning black".
Denies injections into the thighs, denies falls, hot compress, cupping, urut (traditional massage) or tight clothing. Not diabetic. No anticoagulants.
o/e: bilat anterolateral thighs - multiple indurated violaceous plaques, edges retiform; biggest 6 cm on R with central eschar. Tender ++. Afebrile.
Imp: ?calciphylaxis
Plan: admit renal, derm consult
"""),
("2023-02-08", "Renal Ward Note", """
Renal ward (Ward 7B)   8/2/23
Encik Hafiz, 48M, HD
Thigh lesions both sides. Punch bx by derm yesterday (R thigh).
Ca 2.45 PO4 2.9 PTH 152 pmol/L (SHPT poorly controlled)
Imp: clinically calciphylaxis
Plan:
- STS 25 g post HD
- cinacalcet
- VTE prophylaxis: SC heparin - abdominal wall only, NOT thighs
- advised no hot packs / urut on the legs when home
"""),
("2023-02-15", "Dermatology Letter", """
Dear Dr Goh,

Re: Mr Hafiz bin Rahman, 48

Thank you for referring this gentleman. The punch biopsy from the right thigh shows calcified, thrombosed vessels in the subcutaneous fat, confirming calciphylaxis. The lesions are on both thighs, which is a typical fat-rich site in an obese patient.

On direct questioning there was no local trauma at all - no injections, no heat, no massage and no knocks to the thighs at any time before the pain started. He was warned that pressure, heat and injections can bring out new lesions and should be avoided.

Yours sincerely,
Dr Nur Aisyah Kamal, Dermatology
"""),
]}

T14 = {"patient_id": "T14", "age": 80, "sex": "F", "notes": [
("2022-03-09", "Inpatient Wound Care Note", """
Wound care RN consult - 6 West
Pt: Mrs Irene MacPherson, 80, adm 28-Feb with pneumonia. HD pt.
Referred for 3 wounds:
1) L hand dorsum: small 1 cm shallow sore at old peripheral IV site (IV removed 03-Mar, phlebitis noted then). Clean base, red rim.
2) Right heel - cat. 2 pressure injury (blister, now deroofed) from lying in bed. Offloading boot on.
3) Both breasts, lower poles: purple net-like painful areas, the L one with a hard black centre. Pt says started "last weekend" (approx 05-Mar).
Nephrology asked to see #3.
"""),
("2022-03-10", "Nephrology Consult", """
Nephrology consult  10-Mar-2022
80F, ESRD, HD (M/W/F) for 3 yrs, T2DM on insulin (abdomen, herself), BMI 35, no warfarin.
Breast lesions bilat since ~5/3: L lower pole 4 cm necrotic plaque + eschar, R 3 cm retiform purpura.
Also L hand sore at ex-IV site and R heel pressure injury.
Imp: breast lesions concerning for calciphylaxis; hand + heel wounds look like ordinary phlebitis and pressure damage
Recs: derm for bx of L breast lesion. Labs: Ca 2.6, phos 2.3, PTH 70.
"""),
("2022-03-17", "Dermatology Consult", """
Dermatology consultation - 17 March 2022
Punch biopsy L breast (11/03): calcified small vessels in subcutis, thrombi, fat necrosis. Diagnosis: calciphylaxis of the breasts, bilateral.
Hand: healing ulcer at former IV site - post-phlebitic, NOT calciphylaxis.
Heel: pressure injury, NOT calciphylaxis.
No trauma to either breast identified (no biopsies, injections or surgery there before onset).
Plan: STS on dialysis days; wound care; palliative care involvement discussed with daughter.
"""),
]}

PATIENTS = [T08, T09, T10, T11, T12, T13, T14]
