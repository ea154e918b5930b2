"""probe124 corpus notes, H01-H07 (case management, utilization review and letters; all invented)."""

H01 = {"patient_id": "H01", "age": 63, "sex": "F", "notes": [
("2019-04-02", "Case Management Intake", """
CM INTAKE -- Bayside Kidney Ctr (in-center), chair 14
Referred by charge RN Tolliver: new painful skin area + pt has ins questions.
PMH per chart: ESRD d/t diabetic nephropathy, HD MWF since 2016. T2DM - glargine (Lantus) 18 units at bedtime, Humalog by scale w/ meals; HTN. R hemiparesis after CVA Aug 2018.
Social: lives w/ adult son who works nights. Since the stroke she only has use of her L hand, so she does every insulin shot herself into the back of her L arm ("only place I can get to").
Skin: pt describes a purple rock-hard patch, L upper arm posterior aspect, which came up 3 wks ago, now black in the middle. Pain 9/10, cant sleep. RN photo uploaded to media tab.
Payer: dual - Medicare A/B w/ Medicaid secondary. Wound benefit active, no auth on file yet.
Plan: nephrologist aware, urgent derm referral faxed 4/2, CM will track auth for supplies + call pt Fri.
"""),
("2019-04-09", "Prior Authorization Letter", """
To: Medical Director, Keystone Medicaid Managed Care, Pharmacy PA Unit
Re: coverage of sodium thiosulfate, given in the dialysis circuit at every one of her runs

Dear Medical Director,
I write for my patient, a 63 year old woman on in-center hemodialysis, to ask that you cover intravenous sodium thiosulfate for biopsy-proven calciphylaxis. Dr. Ferreira-Lund (dermatology) sampled the wound margin with a 6-mm punch on 04/05/2019; pathology describes calcified dermal and subcutaneous arterioles, intimal hyperplasia and fresh thrombi.
Today the arm shows a black eschar of about 5 cm across and 4 cm high, ringed by a violaceous, woody border on the posterior left upper arm. It began on about 03/12/2019. I would point out that this is exactly the patch of skin into which she has self-injected all of her insulin since August 2018, when a stroke took away the use of her right hand.
Other risk factors: insulin-requiring diabetes, obesity (BMI 33.6), a high calcium-phosphate product. Of note, no warfarin - not now, not ever.
No formulary alternative has evidence here, and each week of delay raises her odds of sepsis.
Sincerely,
Anand Velasquez, MD, Nephrology
"""),
("2019-05-14", "Utilization Review", """
UR -- concurrent review, hospital day 3 (admitted 05/11/2019 through ED)
Reason for stay: uncontrolled pain + fever from the L arm calciphylaxis wound, ?superinfection.
Criteria: inpatient criteria met d1-2 (IV abx, IV opioid). D3 stepping down to PO.
Clinicals: Tmax 38.4 on arrival, afebrile since. WBC 14.1 -> 10.2. Wound at the back of the L arm (old insulin spot) debrided at bedside 5/12, cx MSSA. STS continues w/ HD (plan approved 4/15, auth thru 7/15).
Wt 89 kg, BMI 32.9 today. Endo moved her insulin to the abdomen; son shown how to give it.
D/c barriers: son gone nights, pt cannot do her own dressing one-handed. HH referral out for daily wound care; SNF backup list given to family.
Expected d/c 5/15 or 5/16. Next review 05/15.
"""),
]}

H02 = {"patient_id": "H02", "age": 71, "sex": "M", "notes": [
("2020-12-03", "Discharge Planning Note", """
DISCHARGE PLANNING -- 4 West, RN case mgr
71M admitted 11/30 for pain he could not control at home from a necrotic wound of the right lower back. Derm punch 12/1, path pending as of today.
Home: lives w/ wife, 2-story, bedroom upstairs. Does his own CCPD overnight on a cycler x 3 yrs; supplies drop-shipped monthly.
Per wife, every night since September he has gone to bed with the electric heating pad jammed against his low back "on high" for his spinal stenosis. She first spotted the dark patch the day after Thanksgiving while helping him in the shower.
Med rec: warfarin (AFib), arrival INR 2.6, sevelamer, cinacalcet. Not diabetic.
Wt 82 kg, BMI 27.2.
DME: hospital bed for the first floor + alternating-pressure overlay. Heating pad leaves the house - wife ok with this.
Plan: await path, PT/OT evals, likely home w/ HH vs brief SNF.
"""),
("2020-12-09", "Referral Letter", """
Dear Dr. Haverford,
Please see Mr. Ignatius Pruitt in the Wound & Hyperbaric Center at St. Brendan's as soon as a slot opens.
He is 71 and on home peritoneal dialysis. His punch biopsy of 12/01/2020 confirmed calciphylaxis -- medial calcification of small dermal vessels, microthrombi, and panniculitis in the fat around them. The lesion, now an 8 x 6 cm stellate eschar over the right paraspinal low back, lies squarely where his heating pad sat each night from September on; the necrosis even keeps the pad's straight rectangular edge.
He had been anticoagulated with warfarin for atrial fibrillation. We stopped it on 12/04 and apixaban replaced it. Diabetes is not among his problems.
We started sodium thiosulfate and swapped calcium acetate for sevelamer. Your view on hyperbaric oxygen would help us a great deal.
Kind regards,
Priya Oyelaran, MD
Renal Associates of Norwood
"""),
("2021-01-14", "Home Health Utilization Review", """
HH UR / recert -- episode 1, day 42
Skilled need: R low back calciphylaxis ulcer care, RN 3x/wk; NPWT not appropriate w/ eschar present. Wife being taught packing + pain log.
Progress: 8x6 -> 7.5x5.5 cm, drainage less, pain 6/10 (was 9/10).
PD ongoing overnight, no peritonitis this episode, exit site clean.
Homebound: yes - out only for MD appts, needs 1 assist + walker.
Recert approved for 2nd 60-day period. Visits 2w4 then 1w4.
"""),
]}

H03 = {"patient_id": "H03", "age": 58, "sex": "F", "notes": [
("2022-03-28", "Disability Form - Attending Physician Statement", """
ATTENDING PHYSICIAN STATEMENT (short-term disability) -- Part B
Claimant: 58 y/o female. Job: school bus dispatcher.
Primary diagnosis: calcific uremic arteriolopathy (calciphylaxis), bilateral lower legs, ICD-10 E83.59
Secondary dx: ESRD on hemodialysis Tu/Th/Sa; diabetes type 2 (linagliptin; never on insulin); obese at BMI 30.0; hypertension
Date symptoms first appeared: March 2022
Date first treated for this condition: 03/21/2022
Objective findings: painful livedo racemosa and 2 necrotic ulcers on each calf, laid out in a horizontal ring matching the upper elastic cuff of the compression hose she had been wearing. Biopsy L calf 03/23/2022: calcified small vessels w/ thrombosis.
Is condition due to injury or sickness arising out of employment? NO
Restrictions: no prolonged standing or walking, elevate legs, may not drive.
Expected RTW: unknown - reassess in 6 wks.
"""),
("2022-04-06", "Case Management Note", """
CM f/u phone call w/ pt.
Pt says the vascular NP put her in knee-length 20 to 30 mm Hg compression hose on 01/10/2022 for leg swelling and she wore them every day - "they dug into my calves something awful, left red rings." Stopped them 3/21 when derm saw her.
Tearful about bills. STD paperwork faxed to Hartwell Mutual 3/29 - will confirm they got it. Started copay assistance app for wound supplies.
Transport: Medicaid van booked for HD since she can't drive now.
Says she is down 2 lb. Will call again next wk.
"""),
("2022-05-17", "Utilization Review - Wound Clinic", """
Outpt UR -- wound clinic visits, auth request #3
Dx: calciphylaxis bilat calves, bx-proven 3/23/22. L calf 31x18 mm, R calf 26x20 mm, both w/ yellow slough and granulating edges.
Requested: 8 more visits w/ selective debridement + collagen dressings.
Supporting hx: lesions circle both legs in the band-shaped zone under the old knee-high compression garment, worn 1/10 to 3/21.
Height 1.65 m, weighs 81.6 kg; BMI 30.0.
Determination: approved, 8 visits through 7/15/22.
"""),
]}

H04 = {"patient_id": "H04", "age": 66, "sex": "M", "notes": [
("2021-06-10", "Discharge Planning Note", """
D/C planning -- surgical floor
66 y/o M POD#2 following open ventral herniorrhaphy (mesh placed) 06/08/2021. Lower abdominal incision, stapled, dry. Staples out at surgery f/u in 10-14 days.
Renal: ESRD, in-center HD MWF at Lakeview Dialysis - unit notified of admission + expected d/c; missed no runs.
Other: HTN, gout, DVT in 2016 treated w/ warfarin for about a year (off since 2017). No DM.
Ht 180 cm, wt 114 kg, BMI 35.2.
Lives alone, 1 step to enter. Nephew can drive to HD. Lifting restriction 10 lb x 6 wk - pt understands.
D/c home tomorrow w/ abdominal binder, no HH need identified.
"""),
("2021-09-20", "Utilization Review - Admission Review", """
UR admission review -- obs vs inpatient
Presenting: 66M on HD with a very painful black area in his hernia scar, first noticed on Labor Day. Seen by surgery clinic 9/17 - sent in.
Exam per H&P: firm violaceous plaque approx 6 by 3 cm w/ central eschar centered on the healed incision below the navel; surrounding net-like purple mottling. No fluctuance. Afebrile.
Working dx: suspected calciphylaxis vs deep wound infection/mesh infection. CT - no fluid collection.
Plan: derm biopsy, IV abx pending path, pain service.
Determination: meets inpatient (IV abx + IV pain meds + procedure); LOS estimate 4-5 d.
"""),
("2021-09-24", "Letter to Primary Care Physician", """
Dear Dr. Muenster,
A short update on our mutual patient, admitted to Mercy General on 9/19.
The incisional punch biopsy from 9/21 shows calciphylaxis. Von Kossa staining lights up calcium that has settled into the walls of tiny subcutis vessels, along with thrombosis, and fat necrosis, with no organisms on special stains. The plaque has arisen inside the scar of his June ventral hernia repair, and we think the healing incision acted as the trigger. Antibiotics have been stopped.
Sodium thiosulfate now runs intravenously during every dialysis session, and we changed his binder to lanthanum. He has a remote history of warfarin (2016-2017) and is not diabetic; his weight remains in the obese range.
He will go to Cedar Hollow SNF for wound care and then home. I will send the discharge summary.
Best wishes,
Lorna Fitzgibbon, MD, Hospital Medicine
"""),
("2021-11-02", "Case Management Note", """
SNF CM weekly -- Cedar Hollow, Rm 208
Day 38 of SNF stay. Medicare A days used 38/100 (d1-20 full, coinsurance from d21 - pt knows).
Abd wound (old hernia incision): 5.2 x 2.4 cm, eschar softening, wound MD debrides q wk. STS continues at HD (unit transport by facility van M/W/F).
Weighed 110 kg this wk (BMI 34.0).
Care conference 10/29 with nephew: target d/c home 11/15 w/ HH RN 2x/wk. Referral sent to Riverbend Home Care; accepted.
"""),
]}

H05 = {"patient_id": "H05", "age": 74, "sex": "F", "notes": [
("2024-01-02", "ED Case Management Note", """
ED CM note -- 01/02/2024 0915
74 yo F, ESRD, dialyzes Tue/Thu/Sat, T2DM on NPH insulin bid, AF on warfarin. Seen 1/1 after she slipped on ice in the dialysis center parking lot on New Year's Eve, landing on her right knee. Abrasion ~4 cm over R kneecap, cleaned + dressed in ED. XR neg for fx. INR 3.4 - pharmacy adjusted dose.
Safety: lives w/ daughter (Rosalind), uses cane. Discussed HH PT + RN for wound check; pt accepts.
HH referral sent to Evergreen Visiting Nurses, SOC 1/3. Daughter will drive to HD; plan ice melt at home steps.
"""),
("2024-01-29", "Home Health Case Conference", """
HH interdisciplinary case conf -- pt of RN Delacroix
Problem: R knee wound NOT healing as expected. Per RN, the scrape looked clean thru mid-Jan. Then on 01/19/24 daughter called - "the scrape turned hard and purple, like a net, with a black spot, and Mom screams if you touch it." Now 5 x 4 cm dark eschar w/ livid rim over the patella.
PT on hold d/t pain w/ knee flexion.
Insulin taken in abdomen as before, no issues; FSBS 140-210.
Action: call to nephrology -> urgent derm appt 2/1 secured. Wt 79 kg.
"""),
("2024-02-12", "Dermatology Letter to Nephrology", """
Dear Dr. Abernathy-Cole,
Thank you for sending Mrs. Winifred Sato, whom I saw on 1 February and again today.
Her biopsy confirms calciphylaxis of the right knee: calcified subcutaneous arterioles with occlusive thrombi and septal panniculitis. Remarkably, the lesion grew out of the abrasion from her fall on 12/31/2023; the first necrotic change was seen on 19 January.
Risk factors: hemodialysis, warfarin (I would favour switching to apixaban - please decide with cardiology), diabetes managed with insulin. Her BMI is 29.9, so just short of obese.
I recommend sodium thiosulfate with dialysis and sharp debridement should wait; keep her wound care gentle.
Yours sincerely,
Ingrid Moravec, MD, Dermatology
"""),
]}

H06 = {"patient_id": "H06", "age": 55, "sex": "M", "notes": [
("2018-10-16", "Referral Letter", """
Dear Dr. Szabo,
I'd be grateful if you could see Mr. Desmond Achterberg, 55, for a painful plaque on his left anterior thigh that first appeared 2 months ago and is getting worse.
Background: ESRD, on CAPD. Type 2 diabetic, insulin-treated since his diagnosis in Feb 2016. He is right-handed and has put every insulin dose into his left front thigh ever since then. On top of that, after a quad strain at softball on 07/02/2018 he strapped ice packs to that same front left thigh several times a day for weeks.
Exam: an indurated violaceous plaque, roughly 7 by 5 cm, w/ a central dusky patch, exquisitely tender, mid-anterior L thigh. R thigh normal.
Weight 128 kg. Warfarin: none.
Calciphylaxis worries me. Thanks for your help.
Regards,
Tomasz Reyes-Whitlock, DO
"""),
("2018-10-30", "Prior Authorization Request", """
PRIOR AUTH REQUEST -- hyperbaric oxygen therapy, 30 sessions
Member: 55 M. Ordering: Dr. Helga Szabo, Dermatology / Wound Medicine.
Dx: calciphylaxis L thigh, confirmed on deep incisional biopsy 10/23/2018 (calcified subcutaneous arterioles plus thrombi; necrotic fat around them).
Comorbid: ESRD (PD), T2DM requiring insulin, BMI 41.3 (class 3 obese).
Site hx: lesion is at his long-standing insulin zone on the anterior L thigh, which also took repeated ice-pack application this summer.
Prior tx: sodium thiosulfate since 10/25, pain mgmt, phosphate binder changed.
Rationale: non-healing ischemic wound, TcPO2 periwound 18 mmHg.
"""),
("2018-12-11", "Case Management Note", """
CM note (telephonic, health plan complex care)
Spoke w/ member. HBOT approved 11/2, 14 of 30 dives done. Wound smaller per wound ctr report. He rates pain 4 out of 10 now.
He now injects insulin into the abdomen only, per derm - asked if OK to switch sides of belly, told yes.
PD: continues CAPD, 4 exchanges/day, no peritonitis.
Weight 126 kg, BMI 40.6 per PCP scale.
Barriers: co-pay for HBOT transport - linked to plan transportation benefit. Next outreach 1/8/19.
"""),
]}

H07 = {"patient_id": "H07", "age": 69, "sex": "F", "notes": [
("2025-05-06", "Referral Letter", """
Dear Dr. Okonkwo-Price,
Thank you for seeing Mrs. Beatrix Lindqvist, 69, with an exquisitely painful black area on her right shoulder that she has had since Easter.
She tore her right rotator cuff in February and has iced that shoulder three or four times daily ever since, with a gel ice pack held on by an elastic wrap. The sore sits on the front-top of that shoulder, right under where the pack goes.
Kidneys: CKD 3a with an eGFR of 52 - no dialysis, ever. Warfarin for recurrent PE since 2021, INR in range. No diabetes. BMI 37.8.
I'm uneasy because the skin looks like the netted purple change I have seen in dialysis patients with calciphylaxis, although she has no dialysis history.
Kind regards,
Dr. Samira Haddad, Family Medicine, Oak Terrace Clinic
"""),
("2025-05-20", "Dermatology Consult Reply Letter", """
Dear Dr. Haddad,
Thank you for this interesting referral.
Histology from my punch of 05/13/2025 shows non-uremic calciphylaxis: small subcutaneous vessels carrying medial calcium, thrombi, and necrosis of adjacent fat. The retiform necrotic plaque on the right anterior shoulder corresponds exactly to the area she has been icing since her cuff tear in February; cold injury on warfarin is a plausible trigger.
Her haematologist has agreed to change warfarin to a DOAC, and we will start sodium thiosulfate as an outpatient. The ice packs must stop entirely, please.
With best regards,
Ferdinand Okonkwo-Price, MD
"""),
("2025-06-10", "Utilization Review", """
UR -- inpatient continued stay
69F, non-uremic calciphylaxis R shoulder, admitted 6/7 for pain crisis + wound cellulitis.
IV cefazolin d3, STS infusions (outpt auth extended to inpt by plan 6/8). Warfarin stopped 5/22, on apixaban now.
Vitals stable, pain 7->4 on PCA wean.
Wt 101 kg, BMI 37.1.
Criteria met for today; d/c plan home w/ HH wound RN, infusion pharmacy for STS. Next review 6/12.
"""),
]}

PATIENTS = [H01, H02, H03, H04, H05, H06, H07]
