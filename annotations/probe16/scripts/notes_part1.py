"""probe16 corpus notes, A01-A07 (dialysis-unit nephrology records; all invented)."""

A01 = {"patient_id": "A01", "age": 57, "sex": "F", "notes": [
("2020-05-21", "PD Clinic Monthly Note", """
WESTBRIDGE HOME THERAPIES -- CAPD MONTHLY REVIEW
Pt: Teodora Haskell  57F   Modality: CAPD 4 x 2L exchanges/day (1.5%/2.5%), PD since 11/2018

PROBLEM LIST (carried fwd)
1. ESRD from diabetic kidney dz -- CAPD
2. T2DM, insulin requiring
3. Anemia of CKD on ESA
4. Secondary HPT
5. HTN
6. Obesity

Interval hx: no peritonitis, no exit site drainage. UF ~900 mL/d. Mild ankle swelling, improving w/ 2.5% bag at night.
Meds:
- insulin detemir 18 u SC qhs (abdomen), insulin lispro sliding scale w/ meals
- darbepoetin alfa (Aranesp) 40 mcg SC q2wk -- SELF-ADMINISTERED, always into the L outer thigh; her routine since Jan/2020 (ESA moved from clinic to home then)
- calcium acetate 667 mg 2 tabs TID w/ meals
- cinacalcet 30 mg qd
- carvedilol 12.5 BID; amlodipine 10
- ferric citrate 1 g TID
Labs 5/14: Hgb 10.4, Ca 9.6, Phos 6.1 (up), PTH 512, albumin 3.4 | wkly Kt/V 1.9
Exam: BP 142/80, Wt 91.2 kg, BMI 33.6. ES clean, tunnel nontender. Skin of thighs and abdomen intact apart from minor bruising at insulin sites.
A/P: Phos still high -- dietitian to review, incr calcium acetate?? discussed, will hold off given Ca 9.6, favour ferric citrate uptitration. Cont ESA at same dose. RTC 1 month.
M. Oduya, NP for Dr Lindqvist
"""),
("2020-06-19", "PD Nursing Note", """
PD RN phone + walk-in visit
Pt came in off-schedule c/o "a burning bruise" on her L outer thigh, started Sunday 6/14 per pt, "felt like a hot coin under the skin" and now very painful, can't sleep on that side.
Skin assessment:
 Location: L lateral thigh, mid third
 Appearance: 5 x 4 cm firm dusky violaceous plaque, lacy purple border, small dark grey-black centre ~1 cm
 Drainage: none   Odor: none   Warmth: mild
 Pain: 8/10, any touch makes it worse
 Other sites: R thigh intact, abdomen intact
This is the exact spot she injects her Aranesp (confirmed with pt, she pointed to the same area). Last ESA dose 6/5.
Afebrile 36.9. Exit site fine, effluent clear.
Notified Dr Lindqvist -> same-day review. ESA switched to IV dosing at clinic visits meanwhile; pt told to STOP injecting the thigh. Urgent derm referral faxed.
R. Bassey RN
"""),
("2020-07-02", "Dermatology Letter to Nephrology", """
Dear Dr Lindqvist,
Re: Teodora HASKELL, DOB on file -- CAPD patient
Thank you for the urgent referral. I reviewed Ms Haskell on 26 June. She described pain in the left lateral thigh starting on 14 June, followed within days by darkening of the skin. The plaque now spans about 6 by 5 cm; there is a star-shaped black eschar in the middle and retiform purpura along the margin.
A pair of punch biopsies (4 mm, edge of the plaque) was done the same day. Pathology: mineral deposits line the small subcutaneous arterioles (von Kossa highlights them), several contain organising thrombus, and the neighbouring fat lobules are necrotic. This is calciphylaxis.
Of note, the plaque is centred on the skin she has been using for her subcutaneous darbepoetin since January; the distribution suggests the repeated injections localised the process there. I would keep all SC medicines away from the thighs for now, and her insulin can continue in the abdomen where the skin is normal.
We discussed sodium thiosulfate, wound care and analgesia; I understand your team is starting STS 25 g with dwell adjustment. Review is booked 3 weeks from now.
Kind regards,
Dr Anneliese Moor, Dermatology
"""),
]}

A02 = {"patient_id": "A02", "age": 72, "sex": "M", "notes": [
("2021-10-18", "Hemodialysis Monthly Rounding Note", """
Riverside Dialysis Unit -- Chair 14, MWF 2nd shift
72 yo M, ESRD 2/2 HTN nephrosclerosis, HD since 2016 via L brachiocephalic AVF.
PROBLEMS: ESRD on HD / pAF -- warfarin, coumadin clinic manages (INR 2-3) / CAD s/p PCI 2014 / gout / BPH
Rx: Heparin 2000 u bolus + 1000 u/hr w/ circuit; Venofer 100 mg IV qHD x 10 (started 10/4); epoetin 6000 u IV qHD; sevelamer 800 TID; warfarin 3 mg daily (5 mg Sat); metoprolol 25 BID; allopurinol 100 qod; tamsulosin.
Tx: EDW 78.5 kg, IDWG 2.1-2.8 kg, BFR 400, Kt/V 1.42, URR 72%. No cramping.
Access: AVF good thrill/bruit, no prolonged bleeding post-needling.
Labs: Hgb 9.8, TSAT 18%, ferritin 290, Alb 3.8, Ca/Phos 9.0/5.2, iPTH 380, INR 2.4.
No diabetes (A1c 5.4).
Ht 172 cm, BMI 27.8.
Plan: finish iron load, recheck TSAT in Nov. Cont same Rx.
-- Dr P. Szymanski
"""),
("2021-12-01", "Nursing Skin Check (HD unit)", """
HD UNIT MONTHLY SKIN CHECK
Skin integrity:  [ ] intact   [X] impaired
Site #1: periumbilical, LEFT of the umbilicus, approx 3 cm out
  Type: indurated tender plaque w/ violaceous net-like rim and a dusky center, 45x35 mm
  Onset: per pt "Thanksgiving day, I noticed it when I was carving the turkey, it hurt against the table"
  Comments: pt was admitted to County General 11/10 - 11/18 for pneumonia, got "shots in the belly 3 times a day" (SC heparin for DVT ppx, confirmed from d/c summary: heparin 5000 u SC q8h from admit day). Pt says the painful spot is right where they did most of them.
Site #2: none.
Feet: no breakdown, pedal pulses weak but present.
Post-hospital wt 76.1 kg.
Charge RN notified nephrologist, pic in chart. Wife at chairside, concerned -- reassured, explained MD will see today.
L. Fonoti RN
"""),
("2021-12-09", "Dermatology Consult", """
DERMATOLOGY CONSULT (requested by Dr Szymanski, nephrology)
CC: painful abdominal plaque x 2 wks
HPI: 72M on HD 3x/wk, on warfarin for AF. Admitted mid-Nov for CAP, received SC heparin thrice daily into the abdominal wall from 11/10. On Thanksgiving (11/25) he first felt a tender hard area left of the navel, which darkened over the following week.
Exam: L periumbilical abdomen -- firm 5x4 cm plaque, black eschar in its centre, retiform purpura around it; exquisitely tender. Scattered faint yellow-green bruises on the R abdomen (old injection sites), no induration there. Thighs, calves intact.
Assessment: Calciphylaxis (calcific uremic arteriolopathy), clinical diagnosis -- classic morphology in an HD pt who takes warfarin, arising precisely at his recent SC heparin injection sites. Biopsy not pursued at this stage given the typical picture and our worry that a biopsy wound would not heal; we will biopsy if it does not follow the expected course.
Recs:
- sodium thiosulfate 25gm IV thrice weekly w/ dialysis
- d/w cardiology re stopping warfarin -> apixaban
- no SC injections to abdomen
- low-Ca bath, hold calcium-based binders
- wound care: calcium alginate + foam, change q48h
BMI 26.9 today (Wt 79.6 kg).
J. Moreau-Adeyemi, MD, Dermatology
"""),
]}

A03 = {"patient_id": "A03", "age": 64, "sex": "F", "notes": [
("2020-11-16", "Hemodialysis Monthly Rounding Note", """
NEPHROLOGY ROUNDS - Lakeshore Kidney Center, TTS AM shift
64F. ESRD (DKD) on in-center HD since 2017, R forearm AVG.
Hx: T2DM, insulin-treated ~20 yrs, morbid obesity, OSA on CPAP, PVD, HFpEF, depression.
S: +++ cramping BLE in last hour of tx and at home in evenings. Since earlier this fall she has been putting a heating pad on both calves every night, "otherwise I'm up half the night". Told her to keep it on low and never fall asleep on it. Pt shrugged.
Meds: insulin glargine 30 u qAM, lispro 6-8 u w/ meals; Heparin per protocol; Mircera 100 mcg IV q month; calcitriol 0.5 mcg IV qHD; sevelamer 1600 TID; sertraline 50.
O: Pre BP 158/84, post 130/70. Wt 112.4 kg (EDW 111). BMI 41.3.
Access: AVG thrill +, venous pressures ok.
Labs: Hgb 11.1, K 4.9, Ca 8.8, Phos 6.9 !, PTH 644, Alb 3.5.
Assessment/plan:
1. cramps - reduce UF rate, EDW reassess, trial of vit E
2. hyperphos - binder adherence reviewed again, renal dietitian f/u
3. SHPT - start cinacalcet 30 mg
Dr H. Tanaka-Ruiz
"""),
("2021-02-08", "Nursing Skin Check (HD unit)", """
SKIN / WOUND CHECK -- done in chair pre-tx
Pt reports a very painful place on her R calf which has been there since January. States "it started as a sore purple blotch and now the middle went hard and black". Still uses the heating pad on both calves each night (has done since last fall).
Findings:
 RIGHT posterior calf: 6 x 4 cm stellate eschar with violaceous mottled border, surrounding induration, no drainage. Pain 9/10.
 LEFT calf: reticulated tan-brown mottling (heat mark) only, skin intact, no induration, no open area.
 Feet: dry, heels intact.
Vitals: T 37.0, BP 149/77.
Plan per RN: covered w/ non-adherent dressing; MD notified -- Dr T-R to see pt today; referral to derm/wound. Pt instructed STOP the heating pad.
S. Whitcombe, RN
"""),
("2021-03-01", "Dermatology Letter to Nephrology", """
Dr Tanaka-Ruiz,
I saw your patient Ms Ilse Varga on 2/22 in the wound clinic.
Her right calf, posteriorly, has a necrotic ulcer -- 7 by 5 cm -- crusted with eschar and rimmed by livedo. Incisional biopsy from the margin showed arteriolar calcification with fibrin thrombi and subcutaneous fat necrosis - calciphylaxis, biopsy-confirmed.
History is notable for nightly use of a heating pad across both calves since the autumn, with reticulate erythema ab igne still visible on the left calf. The ulcer on the right lies in the area the pad heats, and I think the repeated heat exposure contributed to where it appeared. The left side shows only the heat pigmentation, no ulcer.
Recommendations: IV sodium thiosulfate with dialysis; stop heat to the legs completely; consider stopping calcitriol; surgical debridement to be considered once the eschar demarcates; hyperbaric referral if not improving.
I will follow her every 2 weeks.
Best, Dr K. Oyelaran (Dermatology / Wound Service)
"""),
]}

A04 = {"patient_id": "A04", "age": 59, "sex": "M", "notes": [
("2019-08-14", "Hemodialysis Monthly Rounding Note", """
MONTHLY ROUNDING -- Eastgate Dialysis
59M ESRD 2/2 IgA nephropathy, HD MWF since 2012, L upper arm AVG (2nd access, prior L RC fistula failed).
Problems: ESRD/HD | HTN | SHPT s/p partial parathyroidectomy 2017 w/ recurrence | chronic BLE edema | OA knees | not diabetic (A1c 5.6)
Recent: admitted St Brendan's 7/28-8/2 for volume overload and cellulitis R foot (IV cefazolin). At d/c on 08/02/2019 he was started on knee-high compression stockings 20-30 mmHg for BLE edema, wearing them every day since.
Meds: heparin 1500 u bolus w/ HD, iron sucrose 50 mg IV weekly, epoetin IV qHD, sevelamer carbonate 1600 TID, calcitriol 0.75 mcg qHD, lisinopril 20, furosemide 80 BID (non-HD days).
Wt 94.6 kg (EDW lowered to 93.5), BMI 29.6 -- overweight.
Labs: Hb 10.2 | Ca/Phos 9.9/6.4 | iPTH 1020 | albumin 3.3
A/P: EDW reduced 1 kg. PTH very high -- endocrine surgery re-referral, start cinacalcet. Cont stockings for edema.
Dr F. Abernathy
"""),
("2019-09-18", "Nursing Skin Check (HD unit)", """
Eastgate Dialysis -- Monthly Skin Assessment
Pt name: Delroy Pennington  DOB: on file  Chair: 7
1. Skin intact?  NO
2. Location of impairment: L upper calf, just below the back of the knee, in a band shape where the top of the compression stocking sits
3. Description: horizontal strip of purple net-like discoloration ~8 cm long, with two firm exquisitely tender nodules, the larger with a black center (1.5 cm)
4. When noticed: pt says "early September", maybe the first week
5. Pain score: 7/10
6. R leg: red groove from stocking band, skin intact
7. Dressing applied: none, left open, pad over it
8. MD notified: Y (Dr Abernathy, verbal)
Comment: pt still wearing stockings daily since hospital d/c 8/2. Advised to stop wearing them until reviewed. Podiatry already following for nails -- asked them to see pt.
A. Mbeki RN
"""),
("2019-09-24", "Podiatry Letter to Nephrology", """
Dear Dr Abernathy,
Many thanks for the request to review Mr Pennington chairside today. I usually see him for routine nail care.
He has two painful necrotic lesions and surrounding livedo racemosa on the posterior left upper calf, following the exact band where the elastic top of his knee-high compression stocking grips. He tells me they appeared in early September, about a month after the stockings were started. Pedal pulses are palpable bilaterally, so I don't think this is ischaemic, and the pattern is not typical of a venous ulcer.
I am worried this could be calciphylaxis given his PTH and phosphate, and would be grateful if dermatology could see him. I have advised him to stop the stockings for now and to use leg elevation instead.
Yours sincerely,
Bronwen Castellano, Podiatrist
"""),
("2019-10-10", "Hemodialysis Monthly Rounding Note", """
MONTHLY ROUNDING -- Eastgate Dialysis
59M ESRD/HD MWF, L upper arm AVG
Problems (updated): ESRD/HD | CALCIPHYLAXIS L calf, biopsy-proven 10/1/19 | HTN | SHPT (PTH >1000) | chronic BLE edema | OA knees
Derm (Dr Halvorsen) biopsied the L posterior calf lesion 10/1: medial calcification of small vessels w/ thrombosis -- confirmed calciphylaxis. Derm note states the ulcers follow the line of the compression stocking band, onset early Sept, after stockings started 8/2.
Current: 2 ulcers L upper posterior calf now 3 and 2 cm w/ black eschar. Pain controlled on hydromorphone 1 mg q6h prn.
Meds changes: STS 25gm IV with every treatment (given in the last hr), started 10/4; calcitriol STOPPED; cinacalcet 60 mg; heparin w/ circuit unchanged; iron held.
Wt 93.8 kg, BMI 29.4.
Plan: low Ca bath 2.0, paratx surgery expedited, wound RN weekly, no compression to legs. Revisit in 2 wks.
Dr F. Abernathy
"""),
]}

A05 = {"patient_id": "A05", "age": 48, "sex": "F", "notes": [
("2023-02-22", "PD Catheter / Vascular Access Note", """
ACCESS CLINIC -- post PD catheter insertion check
48F ESRD (lupus nephritis class IV), currently in-centre HD via R IJ tunnelled dialysis catheter (TDC) since 10/2022, planning transition to PD.
PMH: SLE, antiphospholipid syndrome w/ prior DVT -> lifelong warfarin (INR 2.5-3.5), obesity, HTN. Prediabetes only (A1c 6.1) -- no diabetes meds.
Procedure: laparoscopic PD catheter placement 02/08/2023 (Dr Naidoo), double-cuff coiled Tenckhoff, exit site L lower quadrant, two small port incisions L lower abdomen + one periumbilical.
Today (POD 14): exit site dry, no crust, incisions healing well, no haematoma. No leak on low-volume flush. Warfarin resumed POD 2, INR today 2.9.
Wt 96.0 kg, BMI 35.2.
Plan: start PD training 3/6, TDC out once on full PD. Continue HD TTS via TDC meanwhile.
K. Mahlangu, Access Coordinator RN
"""),
("2023-04-20", "PD Clinic Note", """
HOME DIALYSIS UNIT - PD review (transitioned to CAPD 03/20/23, TDC removed 3/27)
S: Painful lump in her lower belly on the L, "at the little scar from the keyhole surgery for my tube". She noticed it on Easter Monday after the family picnic; first a tender knot, then it turned purple and now has a black scab. No fever. Effluent clear. No exit site discharge.
O: T 36.7 BP 136/88. LLQ: 3.5 x 3 cm indurated plaque centred on the healed lateral port incision, central eschar 8 mm, retiform violaceous border, severe tenderness. Exit site (2 cm medial) itself is clean w/o erythema. Tunnel non-tender.
Labs: Ca 9.4, PO4 6.8, PTH 410, Alb 3.1, INR 3.2.
A: Necrotic plaque at PD cath insertion scar in a pt on warfarin with APS and ESRD -- r/o calciphylaxis, ddx exit site/tunnel infection (less likely), warfarin skin necrosis.
P: urgent derm bx; swab; no antibiotics yet; hold calcium carbonate; discuss warfarin with haematology.
Dr R. Ferreira-Lund, Nephrology
"""),
("2023-05-03", "Dermatology Letter to Nephrology", """
Dear Dr Ferreira-Lund,
Re: Ms Marisol Abara
Ms Abara attended on 25 April, and I removed a deep wedge of tissue at the margin of the plaque in her left lower abdomen. Histology (reported 2 May): circumferential calcification of subcutaneous arterioles, microthrombi, necrosis of the adjacent fat and a positive von Kossa stain. Taken together this is calciphylaxis. There was no evidence of vasculitis and no features to suggest warfarin necrosis.
The lesion started on Easter Monday, 10 April, in the scar of the laparoscopic port incision made for her PD catheter on 8 February. Surgical wounds are a recognised trigger and I think that is what happened here.
Haematology feel that LMWH would not suit her and will advise separately on whether a DOAC is acceptable with her APS. Sodium thiosulfate IV three times weekly through a peripheral line is being arranged at the infusion centre as she is on PD. She remains on CAPD.
Kind regards,
Dr Y. Brannigan, Consultant Dermatologist
"""),
]}

A06 = {"patient_id": "A06", "age": 77, "sex": "M", "notes": [
("2024-02-16", "HD Nursing Note", """
Pt arrived by transport for MWF tx. Reports he slipped coming down the step of the transport van on Weds (2/14, "Valentine's day of all days"), went down on his L knee and scraped his L shin on the van step edge.
Assessment L anterior shin, mid: 4 x 2 cm superficial abrasion, edges clean, scant serous ooze, small surrounding bruise. No deformity. Knee ROM full. No head strike, no LOC.
Cleansed with NS, petrolatum gauze + kerlix. Fall report filed. Transport company notified re step.
Pre-tx: BP 128/66 HR 70, wt 68.9 kg. Tx completed w/o issue via R IJ TDC (AVF maturing).
T. Kowalczyk LPN
"""),
("2024-03-20", "Hemodialysis Monthly Rounding Note", """
NEPHROLOGY ROUNDING NOTE -- Millbrook Dialysis, MWF 1st shift
77M ESRD 2/2 ADPKD, HD since 5/2023 via R IJ TDC; L RC AVF created 12/2023, maturing.
Hx: T2DM diet-controlled (no meds, A1c 6.4) | AF -- warfarin stopped 2022 after GI bleed, now apixaban 2.5 BID | HTN | BPH | fall 2/14/24 w/ L shin abrasion
Meds: heparin 1000 u bolus/500 u hr w/ circuit; ferric gluconate 125 mg IV qHD x 8; epoetin IV; calcium acetate 667 mg 2 w/ meals; apixaban 2.5 BID; finasteride.
S: New very painful ulcer L shin -- began first week of March at the spot where he scraped it in the van fall on Valentine's Day. The abrasion had almost healed, then "went purple and then black".
O: L anterior shin ulcer 5x3.5 cm, black eschar stuck down, livedoid purple margin, indurated, v tender. R leg intact. Pedal pulses palpable. BMI 24.1.
Labs: Ca 10.1, PO4 6.2, PTH 280, Alb 3.0.
A: suspected calciphylaxis at site of prior traumatic abrasion vs poorly healing traumatic wound.
P: derm referral for biopsy; stop calcium acetate -> sevelamer; wound RN.
Dr E. Nakashima
"""),
("2024-04-02", "Dermatology Letter to Nephrology", """
Dear Dr Nakashima,
Thank you for referring Mr Gunnar Ostby, whom I saw on 28 March.
He developed a painful eschar over the left shin in the first week of March, at the exact site of an abrasion sustained when he fell from a transport van step on 14 February. Examination showed a 6 x 4 cm necrotic ulcer with a retiform purpuric edge.
Biopsy from the ulcer edge: medial calcification affecting small arteries of the subcutis, thrombosis, and lobular fat necrosis. This confirms calciphylaxis, with the healing abrasion as the local trigger.
I have suggested sodium thiosulfate with each dialysis, careful non-adherent dressings, and avoiding any further trauma to the legs (padded shin guards for transport would not be unreasonable).
Yours sincerely,
Dr L. Achterberg, Dermatology
"""),
]}

A07 = {"patient_id": "A07", "age": 66, "sex": "F", "notes": [
("2020-10-20", "Hemodialysis Monthly Rounding Note", """
MONTHLY ROUNDS -- Cedar Hill Kidney Care
66F ESRD (DKD + HTN) on HD TTS via L brachiobasilic AVF since 2015.
Problem list:
#1 ESRD/HD
#2 T2DM on insulin
#3 obesity
#4 recurrent LLE DVT 2019 while ON warfarin (therapeutic INR) -- warfarin stopped 2019, switched to fondaparinux then apixaban
#5 endometrial ca dx 8/2020, on carboplatin/paclitaxel -> new RLE DVT 9/2020 on apixaban
#6 SHPT
Since hosp d/c she has been on enoxaparin 1 mg/kg SC daily (renally adjusted, anti-Xa monitored by heme), started 10/03/2020. Husband gives the shots and alternates L and R front of thighs; she does her own insulin into the abdomen.
Meds: enoxaparin 90 mg SC daily; insulin NPH 22 u BID; circuit heparin cut to 500 u bolus only while on LMWH (d/w heme); IV iron paused (chemo); darbepoetin IV weekly; sevelamer; calcitriol IV.
O: Wt 84 kg, BMI 31.0. BP 132/70.
Labs: Hgb 8.9, Ca 9.4, Phos 6.0, PTH 470, Alb 3.0.
A/P: cont LMWH per heme. Chemo per onc. Anemia -- incr darbe.
Dr S. Brightwater
"""),
("2021-01-19", "Nephrology Note (HD unit)", """
Chairside nephrology visit
Pt reports painful purple patches on BOTH thighs that began last month, now with black centres. Husband says they are "where the Lovenox needles go", front of each thigh, about a hand's width above the knee.
Exam: L ant thigh 4x3 cm and R ant thigh 5x4 cm -- both indurated and violaceous, black eschar centrally, retiform purpura at margins, exquisitely tender. Abdomen (insulin sites): lipohypertrophy, no plaque.
Labs 1/12: Ca 9.7, PO4 6.5, PTH 520, Alb 2.8.
Wt 82.3 kg, BMI 30.4.
Impression: bilateral thigh lesions at enoxaparin injection sites, c/w calciphylaxis; skin necrosis from anticoagulant in ddx.
Plan: derm bx this wk; move enoxaparin injections away from thighs (heme contacted); stop calcitriol; start STS pending bx.
Dr S. Brightwater
"""),
("2021-02-03", "Dermatology Letter to Nephrology", """
Dear Dr Brightwater,
Re: Mrs Rosalind Achterfeld
I reviewed Mrs Achterfeld on 26 January. She has bilateral anterior thigh plaques with black eschars and surrounding livedo racemosa which started in December, in the skin where her husband has given her daily enoxaparin since early October.
Punch biopsy of the right thigh lesion: small subcutaneous vessels show medial calcification and thrombosis; fat necrosis; von Kossa positive. Diagnosis: calciphylaxis (calcific uraemic arteriolopathy), bilateral thighs, with the repeated LMWH injections the likely local trigger.
She is now on sodium thiosulfate with dialysis. Haematology are changing her anticoagulation route. Please avoid any further injections into either thigh.
With best wishes,
Dr M. Quarshie-Lindahl, Dermatology
"""),
]}

PATIENTS = [A01, A02, A03, A04, A05, A06, A07]
